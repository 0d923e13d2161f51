// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.uploadstatus.query` (GET /v3/alipay/open/mini/innerversion/uploadstatus/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionUploadstatusQueryRequest = { build_package_id: "34818", mini_app_id: "2018012201365222" };
 * ```
 */
export interface AlipayOpenMiniInnerversionUploadstatusQueryRequest {
  /** A query parameter (v3). */
  build_package_id?: string;
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  build_version?: string;
  /** A query parameter (v3). */
  inst_code?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.uploadstatus.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionUploadstatusQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionUploadstatusQueryResult {
  build_info?: string;
  build_package_url?: string;
  build_status?: string;
  log_url?: string;
  need_rotation?: string;
  new_build_package_url?: string;
  new_result_url?: string;
  result_url?: string;
  version_created?: string;
}

/**
 * The error codes of `alipay.open.mini.innerversion.uploadstatus.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionUploadstatusQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionUploadstatusQueryErrorCode = "SYSTEM_ERROR" | "POLLING_BUILD_VERSION_NOT_EXIST";

/**
 * `alipay.open.mini.innerversion.uploadstatus.query`: GET /v3/alipay/open/mini/innerversion/uploadstatus/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionUploadstatusQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionUploadstatusQuery, { build_package_id: "34818", mini_app_id: "2018012201365222" });
 * ```
 */
export const alipayOpenMiniInnerversionUploadstatusQuery: ApiDefinition<"alipay.open.mini.innerversion.uploadstatus.query", AlipayOpenMiniInnerversionUploadstatusQueryRequest, AlipayOpenMiniInnerversionUploadstatusQueryResult, AlipayOpenMiniInnerversionUploadstatusQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.uploadstatus.query",
  { verb: 'GET', query: ["build_package_id", "mini_app_id", "build_version", "inst_code", "bundle_id"] },
  () => ({ build_package_id: 0, mini_app_id: 0, build_version: 0, inst_code: 0, bundle_id: 0 }),
  () => ({ build_info: 0, build_package_url: 0, build_status: 0, log_url: 0, need_rotation: 0, new_build_package_url: 0, new_result_url: 0, result_url: 0, version_created: 0 }),
);
