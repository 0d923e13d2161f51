// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.edu.kt.billing.query` (GET /v3/alipay/eco/edu/kt/billing/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoEduKtBillingQueryRequest = { isv_pid: "2088121212121212", school_pid: "2088101117955611" };
 * ```
 */
export interface AlipayEcoEduKtBillingQueryRequest {
  /** A query parameter (v3). */
  isv_pid?: string;
  /** A query parameter (v3). */
  school_pid?: string;
  /** A query parameter (v3). */
  out_trade_no?: string;
}

/**
 * The result of `alipay.eco.edu.kt.billing.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoEduKtBillingQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoEduKtBillingQueryResult {
  order_status?: string;
  out_trade_no?: string;
}

/**
 * The error codes of `alipay.eco.edu.kt.billing.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoEduKtBillingQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoEduKtBillingQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ILLEGAL_PARAM";

/**
 * `alipay.eco.edu.kt.billing.query`: GET /v3/alipay/eco/edu/kt/billing/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoEduKtBillingQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoEduKtBillingQuery, { isv_pid: "2088121212121212", school_pid: "2088101117955611" });
 * ```
 */
export const alipayEcoEduKtBillingQuery: ApiDefinition<"alipay.eco.edu.kt.billing.query", AlipayEcoEduKtBillingQueryRequest, AlipayEcoEduKtBillingQueryResult, AlipayEcoEduKtBillingQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.edu.kt.billing.query",
  { verb: 'GET', query: ["isv_pid", "school_pid", "out_trade_no"] },
  () => ({ isv_pid: 0, school_pid: 0, out_trade_no: 0 }),
  () => ({ order_status: 0, out_trade_no: 0 }),
);
