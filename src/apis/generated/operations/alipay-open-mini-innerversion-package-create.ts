// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.package.create` (POST /v3/alipay/open/mini/innerversion/package/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionPackageCreateRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionPackageCreateRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  mini_app_id?: string;
  package_type?: string;
  pid?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.package.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionPackageCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionPackageCreateResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.package.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionPackageCreateErrorCode = "PACKAGE_TYPE_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniInnerversionPackageCreateErrorCode = "PACKAGE_TYPE_NOT_EXIST" | "PARAMS_VALID_ERROR" | "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "NO_PERMISSION" | "PACKAGE_VERSION_IS_BLANK" | "VERSION_LENGTH_ERROR" | "VERSION_EXCEEDED_LENGTH" | "BUNDLE_ID_NOT_EXIST" | "INVALID_PARAMS_WARN" | "MINI_APP_VERSION_NOT_EXIST" | "APP_ORIGIN_IS_BLANK" | "APP_ORIGIN_NOT_EXIST" | "APP_IS_NOT_HUOBAN" | "APP_IS_BUILD_BY_TEMPLATE" | "MINI_APP_VERSION_NOT_INIT" | "BUNDLE_ID_IS_BLANK" | "NOT_CREATE_COVERAGE_NOT_ALIPAY" | "APP_IS_NOT_INNER";

/**
 * `alipay.open.mini.innerversion.package.create`: POST /v3/alipay/open/mini/innerversion/package/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionPackageCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionPackageCreate, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionPackageCreate: ApiDefinition<"alipay.open.mini.innerversion.package.create", AlipayOpenMiniInnerversionPackageCreateRequest, AlipayOpenMiniInnerversionPackageCreateResult, AlipayOpenMiniInnerversionPackageCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.package.create",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, mini_app_id: 0, package_type: 0, pid: 0 }),
  () => ({}),
);
