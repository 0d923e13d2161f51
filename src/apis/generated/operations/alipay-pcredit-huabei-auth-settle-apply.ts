// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.pcredit.huabei.auth.settle.apply` (PUT /v3/alipay/pcredit/huabei/auth/settle/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayPcreditHuabeiAuthSettleApplyRequest = { action_type: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayPcreditHuabeiAuthSettleApplyRequest {
  action_type?: string;
  agreement_no?: string;
  alipay_user_id?: string;
  extend_params?: ExtraParams;
  need_terminated?: string;
  open_id?: string;
  out_request_no?: string;
  pay_amount?: string;
  seller_id?: string;
}

/**
 * The result of `alipay.pcredit.huabei.auth.settle.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayPcreditHuabeiAuthSettleApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayPcreditHuabeiAuthSettleApplyResult {
  fail_reason?: string;
  out_request_no?: string;
}

/**
 * The error codes of `alipay.pcredit.huabei.auth.settle.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayPcreditHuabeiAuthSettleApplyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayPcreditHuabeiAuthSettleApplyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "AGREEMENT_NOT_EXIST" | "AGREEMENT_EXPIRED" | "PAY_AMOUNT_CHECK_ERROR" | "AUTH_SCENE_NOT_SUPPORTED_ERROR" | "ORDER_IDEMPOTENT_ERROR" | "ORDER_ALREADY_DEAL" | "ORDER_NOT_EXIST" | "PAY_AMOUNT_IDEMPOTENT_ERROR" | "BEYOND_PAY_RESTRICTION" | "ACCESS_FORBIDDEN" | "BUYER_ENABLE_STATUS_FORBID" | "TOTAL_FEE_EXCEED" | "INVALID_RECEIVE_ACCOUNT" | "BUYER_PAYMENT_AMOUNT_DAY_LIMIT" | "CONTEXT_INCONSISTENT" | "BUYER_PAYMENT_AMOUNT_MONTH_LIMIT" | "PAYMENT_REQUEST_HAS_RISK" | "AGREEMENT_INVALID" | "AGREEMENT_ERROR" | "BUSINESS_ERROR" | "PRODUCT_AMOUNT_LIMIT_ERROR" | "CALL_LIMITED" | "CONCURRENT_OPERATION_ERROR" | "INVALID_SETTLEMENT_INFO" | "INVALID_SETTLE_TIME";

/**
 * `ExtraParams`, a model of Alipay's v3 description (in `alipay.pcredit.huabei.auth.settle.apply`).
 *
 * @example
 * ```ts
 * const value: ExtraParams = { period: '…', period_summary_info: '…' };
 * ```
 */
export interface ExtraParams {
  period?: string;
  period_summary_info?: string;
  quit_type?: string;
  withhold_index?: string;
}
const ExtraParamsShape = (): object => ({ period: 0, period_summary_info: 0, quit_type: 0, withhold_index: 0 });

/**
 * `alipay.pcredit.huabei.auth.settle.apply`: PUT /v3/alipay/pcredit/huabei/auth/settle/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayPcreditHuabeiAuthSettleApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayPcreditHuabeiAuthSettleApply, { action_type: '…', agreement_no: '…' });
 * ```
 */
export const alipayPcreditHuabeiAuthSettleApply: ApiDefinition<"alipay.pcredit.huabei.auth.settle.apply", AlipayPcreditHuabeiAuthSettleApplyRequest, AlipayPcreditHuabeiAuthSettleApplyResult, AlipayPcreditHuabeiAuthSettleApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.pcredit.huabei.auth.settle.apply",
  'PUT',
  () => ({ action_type: 0, agreement_no: 0, alipay_user_id: 0, extend_params: ExtraParamsShape, need_terminated: 0, open_id: 0, out_request_no: 0, pay_amount: 0, seller_id: 0 }),
  () => ({ fail_reason: 0, out_request_no: 0 }),
);
