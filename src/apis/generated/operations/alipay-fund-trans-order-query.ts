// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.trans.order.query` (GET /v3/alipay/fund/trans/order/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundTransOrderQueryRequest = { out_biz_no: "3142321423432", order_id: "20160627110070001502260006780837" };
 * ```
 */
export interface AlipayFundTransOrderQueryRequest {
  /** A query parameter (v3). */
  out_biz_no?: string;
  /** A query parameter (v3). */
  order_id?: string;
}

/**
 * The result of `alipay.fund.trans.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundTransOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundTransOrderQueryResult {
  arrival_time_end?: string;
  error_code?: string;
  fail_reason?: string;
  order_fee?: string;
  order_id?: string;
  out_biz_no?: string;
  pay_date?: string;
  status?: string;
}

/**
 * The error codes of `alipay.fund.trans.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundTransOrderQueryErrorCode = "ORDER_NOT_EXIST";
 * ```
 */
export type AlipayFundTransOrderQueryErrorCode = "ORDER_NOT_EXIST" | "NO_ORDER_PERMISSION" | "INVALID_PARAMETER" | "ILLEGAL_ACCOUNT_STATUS_EXCEPTION" | "SYSTEM_ERROR" | "ORDER_ID_INVALID";

/**
 * `alipay.fund.trans.order.query`: GET /v3/alipay/fund/trans/order/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundTransOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundTransOrderQuery, { out_biz_no: "3142321423432", order_id: "20160627110070001502260006780837" });
 * ```
 */
export const alipayFundTransOrderQuery: ApiDefinition<"alipay.fund.trans.order.query", AlipayFundTransOrderQueryRequest, AlipayFundTransOrderQueryResult, AlipayFundTransOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.trans.order.query",
  { verb: 'GET', query: ["out_biz_no", "order_id"] },
  () => ({ out_biz_no: 0, order_id: 0 }),
  () => ({ arrival_time_end: 0, error_code: 0, fail_reason: 0, order_fee: 0, order_id: 0, out_biz_no: 0, pay_date: 0, status: 0 }),
);
