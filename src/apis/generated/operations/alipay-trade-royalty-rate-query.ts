// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.royalty.rate.query` (GET /v3/alipay/trade/royalty/rate/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayTradeRoyaltyRateQueryRequest = { out_request_no: "20220823165400001" };
 * ```
 */
export interface AlipayTradeRoyaltyRateQueryRequest {
  /** A query parameter (v3). */
  out_request_no?: string;
}

/**
 * The result of `alipay.trade.royalty.rate.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeRoyaltyRateQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeRoyaltyRateQueryResult {
  max_ratio?: number;
  user_id?: string;
}

/**
 * The error codes of `alipay.trade.royalty.rate.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeRoyaltyRateQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeRoyaltyRateQueryErrorCode = "INVALID_PARAMETER" | "PRODUCT_UNSIGN" | "SYSTEM_ERROR";

/**
 * `alipay.trade.royalty.rate.query`: GET /v3/alipay/trade/royalty/rate/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeRoyaltyRateQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeRoyaltyRateQuery, { out_request_no: "20220823165400001" });
 * ```
 */
export const alipayTradeRoyaltyRateQuery: ApiDefinition<"alipay.trade.royalty.rate.query", AlipayTradeRoyaltyRateQueryRequest, AlipayTradeRoyaltyRateQueryResult, AlipayTradeRoyaltyRateQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.royalty.rate.query",
  { verb: 'GET', query: ["out_request_no"] },
  () => ({ out_request_no: 0 }),
  () => ({ max_ratio: 1, user_id: 0 }),
);
