// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.balance.query` (GET /v3/alipay/data/bill/balance/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillBalanceQueryRequest = { bill_user_id: "2088123456789012" };
 * ```
 */
export interface AlipayDataBillBalanceQueryRequest {
  /** A query parameter (v3). */
  bill_user_id?: string;
}

/**
 * The result of `alipay.data.bill.balance.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillBalanceQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillBalanceQueryResult {
  available_amount?: string;
  freeze_amount?: string;
  settle_amount?: string;
  total_amount?: string;
}

/**
 * The error codes of `alipay.data.bill.balance.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillBalanceQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillBalanceQueryErrorCode = "SYSTEM_ERROR" | "SYSTEM_BUSY" | "USER_AGREEMENT_CHECK_FAIL" | "INVALID_PARAMETER";

/**
 * `alipay.data.bill.balance.query`: GET /v3/alipay/data/bill/balance/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillBalanceQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillBalanceQuery, { bill_user_id: "2088123456789012" });
 * ```
 */
export const alipayDataBillBalanceQuery: ApiDefinition<"alipay.data.bill.balance.query", AlipayDataBillBalanceQueryRequest, AlipayDataBillBalanceQueryResult, AlipayDataBillBalanceQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.balance.query",
  { verb: 'GET', query: ["bill_user_id"] },
  () => ({ bill_user_id: 0 }),
  () => ({ available_amount: 0, freeze_amount: 0, settle_amount: 0, total_amount: 0 }),
);
