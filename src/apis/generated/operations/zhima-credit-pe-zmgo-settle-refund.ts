// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.settle.refund` (POST /v3/zhima/credit/pe/zmgo/settle/refund: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoSettleRefundRequest = { agreement_id: '…', alipay_open_id: '…' };
 * ```
 */
export interface ZhimaCreditPeZmgoSettleRefundRequest {
  agreement_id?: string;
  alipay_open_id?: string;
  alipay_user_id?: string;
  memo?: string;
  out_request_no?: string;
  partner_id?: string;
  refund_amount?: string;
  refund_type?: string;
  withhold_plan_no?: string;
}

/**
 * The result of `zhima.credit.pe.zmgo.settle.refund`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoSettleRefundResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoSettleRefundResult {
  fail_reason?: string;
  out_request_no?: string;
  refund_amount?: string;
  refund_opt_no?: string;
  retry?: boolean;
  withhold_plan_no?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.settle.refund` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoSettleRefundErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaCreditPeZmgoSettleRefundErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "AGREEMENT_NOT_EXIST" | "REFUND_AMOUNT_CHECK_ERROR" | "REQUEST_PARAM_ILLEGAL" | "REQUEST_ACCESS_ILLEGAL" | "REFUND_PARAM_IS_ERROR" | "REFUND_AGREEMENT_STATUS_NOT_SUPPORT" | "AUTH_OPT_ORDER_NOT_EXIST" | "REFUND_OPT_ORDER_NOT_UNIQUE" | "REFUND_OPT_ORDER_NOT_EXIST" | "REFUND_TRADE_NO_NOT_EXIST" | "REFUND_REQUEST_NO_IDEMPOTENT_FAIL" | "AGREEMENT_AND_USER_NOT_MATCH" | "REFUND_AMOUNT_IS_ILLEGAL" | "REFUND_PAY_AMOUNT_IS_EMPTY" | "REFUND_AMOUNT_IS_ZERO" | "TRADENO_AND_AUTHOPT_NOT_MATCH" | "OPTID_AND_TRADENO_ALL_EMPTY" | "AGREEMENT_AND_PARTNER_NOT_MATCH" | "REFUND_LAST_TIME_SUCCESS" | "REFUND_LAST_TIME_FAIL" | "REFUND_LAST_TIME_INIT" | "REFUND_AGREEMENT_NOT_EXIST" | "UNITRADEPROD_EXECUTE_ERROR" | "TRADE_HAS_CLOSE" | "SELLER_BALANCE_NOT_ENOUGH" | "REFUND_AMT_NOT_EQUAL_TOTAL" | "TRADE_NOT_EXIST" | "TRADE_HAS_FINISHED" | "REASON_TRADE_REFUND_FEE_ERR" | "TRADE_NOT_ALLOW_REFUND" | "REFUND_FEE_ERROR" | "REASON_TRADE_BEEN_FREEZEN" | "TRADE_STATUS_ERROR" | "REFUND_LAST_TIME_ACCEPT" | "REFUND_PAY_AMOUNT_IS_ZERO" | "SETTLE_REFUND_ERROR" | "SETTLE_REFUND_AMOUNT_ERROR" | "SETTLE_WITHHOLD_PLAN_NOT_EXIST" | "SETTLE_WITHHOLD_PLAN_STATUS_ERROR" | "SETTLE_REFUND_BALANCE_ERROR" | "SETTLE_BIZ_AGREEMENT_NOT_EXIST" | "SETTLE_REFUND_REQUEST_NO_ERROR" | "SETTLE_REFUND_ILLEGAL_ACCESS" | "SETTLE_REFUND_TIME_ERROR" | "SETTLE_REFUND_NOT_SUPPORT";

/**
 * `zhima.credit.pe.zmgo.settle.refund`: POST /v3/zhima/credit/pe/zmgo/settle/refund over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoSettleRefund } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoSettleRefund, { agreement_id: '…', alipay_open_id: '…' });
 * ```
 */
export const zhimaCreditPeZmgoSettleRefund: ApiDefinition<"zhima.credit.pe.zmgo.settle.refund", ZhimaCreditPeZmgoSettleRefundRequest, ZhimaCreditPeZmgoSettleRefundResult, ZhimaCreditPeZmgoSettleRefundErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.settle.refund",
  'POST',
  () => ({ agreement_id: 0, alipay_open_id: 0, alipay_user_id: 0, memo: 0, out_request_no: 0, partner_id: 0, refund_amount: 0, refund_type: 0, withhold_plan_no: 0 }),
  () => ({ fail_reason: 0, out_request_no: 0, refund_amount: 0, refund_opt_no: 0, retry: 2, withhold_plan_no: 0 }),
);
