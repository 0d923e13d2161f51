// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.balancehis.query` (GET /v3/alipay/data/bill/balancehis/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillBalancehisQueryRequest = { biz_date: "2019-08-01", biz_month: "2019-08" };
 * ```
 */
export interface AlipayDataBillBalancehisQueryRequest {
  /** A query parameter (v3). */
  biz_date?: string;
  /** A query parameter (v3). */
  biz_month?: string;
}

/**
 * The result of `alipay.data.bill.balancehis.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillBalancehisQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillBalancehisQueryResult {
  beginning_balance?: string;
  ending_balance?: string;
}

/**
 * The error codes of `alipay.data.bill.balancehis.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillBalancehisQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillBalancehisQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "PROCESSING" | "SYSTEM_BUSY";

/**
 * `alipay.data.bill.balancehis.query`: GET /v3/alipay/data/bill/balancehis/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillBalancehisQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillBalancehisQuery, { biz_date: "2019-08-01", biz_month: "2019-08" });
 * ```
 */
export const alipayDataBillBalancehisQuery: ApiDefinition<"alipay.data.bill.balancehis.query", AlipayDataBillBalancehisQueryRequest, AlipayDataBillBalancehisQueryResult, AlipayDataBillBalancehisQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.balancehis.query",
  { verb: 'GET', query: ["biz_date", "biz_month"] },
  () => ({ biz_date: 0, biz_month: 0 }),
  () => ({ beginning_balance: 0, ending_balance: 0 }),
);
