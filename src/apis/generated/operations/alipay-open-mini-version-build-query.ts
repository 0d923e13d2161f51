// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.build.query` (GET /v3/alipay/open/mini/version/build/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionBuildQueryRequest = { app_version: "0.0.1", bundle_id: "com.alipay.alipaywallet" };
 * ```
 */
export interface AlipayOpenMiniVersionBuildQueryRequest {
  /** A query parameter (v3). */
  app_version?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.build.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionBuildQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniVersionBuildQueryResult {
  build_status?: string;
  create_status?: string;
  need_rotation?: string;
  version_created?: string;
}

/**
 * The error codes of `alipay.open.mini.version.build.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionBuildQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionBuildQueryErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "CODE_TEMPLATE_NOT_EXIST" | "NO_AUTH_RELATION" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "ISV_APP_ID_IS_BLANK" | "BUILD_VERSION_NOT_EXISTED" | "BUNDLE_ID_NOT_EXIST" | "APPLICATION_TYPE_ILLEGAL" | "NO_TEMPLATE_INSTANTIATE_RELATION" | "PACKAGE_ID_IS_BLANK" | "POLLING_BUILDING_ERROR" | "POLLING_BUILD_VERSION_NOT_EXIST";

/**
 * `alipay.open.mini.version.build.query`: GET /v3/alipay/open/mini/version/build/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionBuildQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionBuildQuery, { app_version: "0.0.1", bundle_id: "com.alipay.alipaywallet" });
 * ```
 */
export const alipayOpenMiniVersionBuildQuery: ApiDefinition<"alipay.open.mini.version.build.query", AlipayOpenMiniVersionBuildQueryRequest, AlipayOpenMiniVersionBuildQueryResult, AlipayOpenMiniVersionBuildQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.build.query",
  { verb: 'GET', query: ["app_version", "bundle_id"] },
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({ build_status: 0, create_status: 0, need_rotation: 0, version_created: 0 }),
);
