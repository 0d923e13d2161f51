// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.agentcreate.query` (GET /v3/alipay/open/public/life/agentcreate/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeAgentcreateQueryRequest = { out_biz_no: "2016070788301823878" };
 * ```
 */
export interface AlipayOpenPublicLifeAgentcreateQueryRequest {
  /** A query parameter (v3). */
  out_biz_no?: string;
}

/**
 * The result of `alipay.open.public.life.agentcreate.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeAgentcreateQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLifeAgentcreateQueryResult {
  life_app_id?: string;
  merchant_pid?: string;
  order_status_biz_desc?: string;
  out_biz_no?: string;
  refused_reason?: string;
}

/**
 * The error codes of `alipay.open.public.life.agentcreate.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeAgentcreateQueryErrorCode = "INVALID_OUT_BIZ_NO";
 * ```
 */
export type AlipayOpenPublicLifeAgentcreateQueryErrorCode = "INVALID_OUT_BIZ_NO" | "LIFE_NO_EXIST_OUT_BIZ_NO" | "LIFE_ILLEGAL_ISV_APP_ID" | "BUSINESS_ERROR";

/**
 * `alipay.open.public.life.agentcreate.query`: GET /v3/alipay/open/public/life/agentcreate/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeAgentcreateQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeAgentcreateQuery, { out_biz_no: "2016070788301823878" });
 * ```
 */
export const alipayOpenPublicLifeAgentcreateQuery: ApiDefinition<"alipay.open.public.life.agentcreate.query", AlipayOpenPublicLifeAgentcreateQueryRequest, AlipayOpenPublicLifeAgentcreateQueryResult, AlipayOpenPublicLifeAgentcreateQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.agentcreate.query",
  { verb: 'GET', query: ["out_biz_no"] },
  () => ({ out_biz_no: 0 }),
  () => ({ life_app_id: 0, merchant_pid: 0, order_status_biz_desc: 0, out_biz_no: 0, refused_reason: 0 }),
);
