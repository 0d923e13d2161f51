// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.experience.query` (GET /v3/alipay/open/mini/experience/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniExperienceQueryRequest = { app_version: "0.0.1", bundle_id: "com.alipay.alipaywallet" };
 * ```
 */
export interface AlipayOpenMiniExperienceQueryRequest {
  /** A query parameter (v3). */
  app_version?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.experience.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniExperienceQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniExperienceQueryResult {
  exp_qr_code_url?: string;
  exp_schema_url?: string;
  status?: string;
}

/**
 * The error codes of `alipay.open.mini.experience.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniExperienceQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniExperienceQueryErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "INVALID_PARAMS";

/**
 * `alipay.open.mini.experience.query`: GET /v3/alipay/open/mini/experience/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniExperienceQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniExperienceQuery, { app_version: "0.0.1", bundle_id: "com.alipay.alipaywallet" });
 * ```
 */
export const alipayOpenMiniExperienceQuery: ApiDefinition<"alipay.open.mini.experience.query", AlipayOpenMiniExperienceQueryRequest, AlipayOpenMiniExperienceQueryResult, AlipayOpenMiniExperienceQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.experience.query",
  { verb: 'GET', query: ["app_version", "bundle_id"] },
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({ exp_qr_code_url: 0, exp_schema_url: 0, status: 0 }),
);
