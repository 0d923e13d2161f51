// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.templated.upload` (POST /v3/alipay/open/mini/innerversion/templated/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionTemplatedUploadRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionTemplatedUploadRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  ext?: string;
  mini_app_id?: string;
  template_id?: string;
  template_version?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.templated.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionTemplatedUploadResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionTemplatedUploadResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.templated.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionTemplatedUploadErrorCode = "APP_VERSION_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerversionTemplatedUploadErrorCode = "APP_VERSION_IS_BLANK" | "TEMPLATE_ID_IS_BLANK" | "VERSION_HAS_EXISTED" | "LARGER_VERSION_HAS_EXISTED" | "APPLICATION_TYPE_NOT_MINIAPP" | "INVALID_VERSION" | "DEV_VERSION_EXCEED_MAX_COUNT" | "TEMPLATE_NOT_ONLINE_OR_OFFLINE" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "TEMPLATE_MINIAPP_NOT_ALLOWED" | "VERSION_EXCEEDED_LENGTH" | "INVALID_EXT_JSON" | "TEMPLATE_ID_ISVAPPID_NOT_MATCH" | "NO_AUTH_RELATION";

/**
 * `alipay.open.mini.innerversion.templated.upload`: POST /v3/alipay/open/mini/innerversion/templated/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionTemplatedUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionTemplatedUpload, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionTemplatedUpload: ApiDefinition<"alipay.open.mini.innerversion.templated.upload", AlipayOpenMiniInnerversionTemplatedUploadRequest, AlipayOpenMiniInnerversionTemplatedUploadResult, AlipayOpenMiniInnerversionTemplatedUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.templated.upload",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, ext: 0, mini_app_id: 0, template_id: 0, template_version: 0 }),
  () => ({}),
);
