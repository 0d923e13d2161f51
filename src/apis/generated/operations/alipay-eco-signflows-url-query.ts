// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.signflows.url.query` (GET /v3/alipay/eco/signflows/url/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoSignflowsUrlQueryRequest = { target_app_id: '…', flow_id: "429b1d3038854cabbcdac0a63d7e4c0d" };
 * ```
 */
export interface AlipayEcoSignflowsUrlQueryRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  /** A query parameter (v3). */
  flow_id?: string;
  /** A query parameter (v3). */
  third_party_user_id?: string;
  /** A query parameter (v3). */
  org_third_party_user_id?: string;
}

/**
 * The result of `alipay.eco.signflows.url.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoSignflowsUrlQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoSignflowsUrlQueryResult {
  preview_short_url?: string;
  preview_url?: string;
  sign_short_url?: string;
  sign_url?: string;
}

/**
 * The error codes of `alipay.eco.signflows.url.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoSignflowsUrlQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoSignflowsUrlQueryErrorCode = "SYSTEM_ERROR" | "PARAM_ERROR";

/**
 * `alipay.eco.signflows.url.query`: GET /v3/alipay/eco/signflows/url/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoSignflowsUrlQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoSignflowsUrlQuery, { target_app_id: '…', flow_id: "429b1d3038854cabbcdac0a63d7e4c0d" });
 * ```
 */
export const alipayEcoSignflowsUrlQuery: ApiDefinition<"alipay.eco.signflows.url.query", AlipayEcoSignflowsUrlQueryRequest, AlipayEcoSignflowsUrlQueryResult, AlipayEcoSignflowsUrlQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.signflows.url.query",
  { verb: 'GET', query: ["target_app_id", "flow_id", "third_party_user_id", "org_third_party_user_id"] },
  () => ({ target_app_id: 0, flow_id: 0, third_party_user_id: 0, org_third_party_user_id: 0 }),
  () => ({ preview_short_url: 0, preview_url: 0, sign_short_url: 0, sign_url: 0 }),
);
