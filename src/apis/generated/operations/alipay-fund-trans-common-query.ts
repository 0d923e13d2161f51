// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.trans.common.query` (GET /v3/alipay/fund/trans/common/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundTransCommonQueryRequest = { product_code: "STD_RED_PACKET", biz_scene: "PERSONAL_PAY" };
 * ```
 */
export interface AlipayFundTransCommonQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  out_biz_no?: string;
  /** A query parameter (v3). */
  order_id?: string;
  /** A query parameter (v3). */
  pay_fund_order_id?: string;
}

/**
 * The result of `alipay.fund.trans.common.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundTransCommonQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundTransCommonQueryResult {
  arrival_time_end?: string;
  deduct_bill_info?: string;
  error_code?: string;
  fail_inst_error_code?: string;
  fail_inst_name?: string;
  fail_inst_reason?: string;
  fail_reason?: string;
  inflow_settle_serial_no?: string;
  order_fee?: string;
  order_id?: string;
  out_biz_no?: string;
  passback_params?: string;
  pay_date?: string;
  pay_fund_order_id?: string;
  receiver_open_id?: string;
  receiver_user_id?: string;
  settle_serial_no?: string;
  status?: string;
  sub_order_error_code?: string;
  sub_order_fail_reason?: string;
  sub_order_status?: string;
  sub_status?: string;
  trans_amount?: string;
  transfer_bill_info?: string;
}

/**
 * The error codes of `alipay.fund.trans.common.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundTransCommonQueryErrorCode = "ORDER_NOT_EXIST";
 * ```
 */
export type AlipayFundTransCommonQueryErrorCode = "ORDER_NOT_EXIST" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_ORDER_PERMISSION";

/**
 * `alipay.fund.trans.common.query`: GET /v3/alipay/fund/trans/common/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundTransCommonQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundTransCommonQuery, { product_code: "STD_RED_PACKET", biz_scene: "PERSONAL_PAY" });
 * ```
 */
export const alipayFundTransCommonQuery: ApiDefinition<"alipay.fund.trans.common.query", AlipayFundTransCommonQueryRequest, AlipayFundTransCommonQueryResult, AlipayFundTransCommonQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.trans.common.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "out_biz_no", "order_id", "pay_fund_order_id"] },
  () => ({ product_code: 0, biz_scene: 0, out_biz_no: 0, order_id: 0, pay_fund_order_id: 0 }),
  () => ({ arrival_time_end: 0, deduct_bill_info: 0, error_code: 0, fail_inst_error_code: 0, fail_inst_name: 0, fail_inst_reason: 0, fail_reason: 0, inflow_settle_serial_no: 0, order_fee: 0, order_id: 0, out_biz_no: 0, passback_params: 0, pay_date: 0, pay_fund_order_id: 0, receiver_open_id: 0, receiver_user_id: 0, settle_serial_no: 0, status: 0, sub_order_error_code: 0, sub_order_fail_reason: 0, sub_order_status: 0, sub_status: 0, trans_amount: 0, transfer_bill_info: 0 }),
);
