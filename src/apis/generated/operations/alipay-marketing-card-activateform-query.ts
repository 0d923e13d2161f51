// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.card.activateform.query` (GET /v3/alipay/marketing/card/activateform/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardActivateformQueryRequest = { auth_token: '…', biz_type: "MEMBER_CARD" };
 * ```
 */
export interface AlipayMarketingCardActivateformQueryRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  /** A query parameter (v3). */
  biz_type?: string;
  /** A query parameter (v3). */
  template_id?: string;
  /** A query parameter (v3). */
  request_id?: string;
}

/**
 * The result of `alipay.marketing.card.activateform.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardActivateformQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardActivateformQueryResult {
  infos?: string;
}

/**
 * The error codes of `alipay.marketing.card.activateform.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardActivateformQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingCardActivateformQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "OPEN_PROFILE_QUERY_FAIL" | "REQUEST_ID_EXPIRE" | "REQUEST_ID_INVALID" | "ILLEGAL_NULL_ARGUMENT";

/**
 * `alipay.marketing.card.activateform.query`: GET /v3/alipay/marketing/card/activateform/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardActivateformQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardActivateformQuery, { auth_token: '…', biz_type: "MEMBER_CARD" });
 * ```
 */
export const alipayMarketingCardActivateformQuery: ApiDefinition<"alipay.marketing.card.activateform.query", AlipayMarketingCardActivateformQueryRequest, AlipayMarketingCardActivateformQueryResult, AlipayMarketingCardActivateformQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.activateform.query",
  { verb: 'GET', query: ["auth_token", "biz_type", "template_id", "request_id"] },
  () => ({ auth_token: 0, biz_type: 0, template_id: 0, request_id: 0 }),
  () => ({ infos: 0 }),
);
