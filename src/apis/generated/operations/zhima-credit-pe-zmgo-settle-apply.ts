// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.settle.apply` (POST /v3/zhima/credit/pe/zmgo/settle/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoSettleApplyRequest = { action_type: '…', agreement_id: '…' };
 * ```
 */
export interface ZhimaCreditPeZmgoSettleApplyRequest {
  action_type?: string;
  agreement_id?: string;
  alipay_open_id?: string;
  alipay_user_id?: string;
  out_request_no?: string;
  partner_id?: string;
  pay_amount?: string;
  settle_extend_params?: SettleExtraParams;
  total_discount_amount?: string;
  total_real_pay_amount?: string;
  total_task_count?: string;
  withhold_plan_no?: string;
}

/**
 * The result of `zhima.credit.pe.zmgo.settle.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoSettleApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoSettleApplyResult {
  agreement_id?: string;
  fail_reason?: string;
  out_request_no?: string;
  settle_status?: string;
  withhold_plan_no?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.settle.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoSettleApplyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZhimaCreditPeZmgoSettleApplyErrorCode = "INVALID_PARAMETER" | "PAY_AMOUNT_IDEMPOTENT_ERROR" | "SETTLE_ACCEPT_NOT_SUPPORT" | "SETTLE_WITHHOLD_PLAN_NOT_EXIST" | "SETTLE_WITHHOLD_PLAN_NO_ERROR" | "ZMGO_CONFIG_SYSTEM_ERROR" | "SETTLE_BALANCE_ACCOUNT_ERROR" | "SETTLE_BIZ_ORDER_NOT_EXIST" | "ZMGO_BIZ_ORDER_SYSTEM_ERROR" | "ZMGO_SYSTEM_AMOUNT_NOT_CLEAR" | "ZMGO_CREATE_WPN_SYSTEM_ERROR" | "ZMGO_BIZ_AGR_SYSTEM_ERROR" | "SETTLE_ILLEGAL_RPC" | "SETTLE_WITHHOLD_PLAN_STATUS_ERROR" | "SETTLE_BIZ_AGREEMENT_STATUS_FINISH" | "BALANCE_AVAILABLE_AMOUNT_NOT_ENOUGH" | "ZMGO_ACCEPTED_SYSTEM_ERROR" | "SYSTEM_ERROR" | "SETTLE_INVALID_SETTLEMENT_INFO" | "PAY_AMOUNT_CHECK_ERROR" | "CYCLE_WITHHOLD_NOTIN_ACCEPT_TIME" | "CYCLE_WITHHOLD_PAY_AMOUNT_ERROR" | "REQUEST_ACCESS_ILLEGAL" | "FUNDS_CHANNEL_CHECK_FAILED";

/**
 * `SettleExtraParams`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.settle.apply`).
 *
 * @example
 * ```ts
 * const value: SettleExtraParams = { quit_type: '…', scene_pay_link_info: '…' };
 * ```
 */
export interface SettleExtraParams {
  quit_type?: string;
  scene_pay_link_info?: string;
  settle_adjust_reason?: string;
}
const SettleExtraParamsShape = (): object => ({ quit_type: 0, scene_pay_link_info: 0, settle_adjust_reason: 0 });

/**
 * `zhima.credit.pe.zmgo.settle.apply`: POST /v3/zhima/credit/pe/zmgo/settle/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoSettleApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoSettleApply, { action_type: '…', agreement_id: '…' });
 * ```
 */
export const zhimaCreditPeZmgoSettleApply: ApiDefinition<"zhima.credit.pe.zmgo.settle.apply", ZhimaCreditPeZmgoSettleApplyRequest, ZhimaCreditPeZmgoSettleApplyResult, ZhimaCreditPeZmgoSettleApplyErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.settle.apply",
  'POST',
  () => ({ action_type: 0, agreement_id: 0, alipay_open_id: 0, alipay_user_id: 0, out_request_no: 0, partner_id: 0, pay_amount: 0, settle_extend_params: SettleExtraParamsShape, total_discount_amount: 0, total_real_pay_amount: 0, total_task_count: 0, withhold_plan_no: 0 }),
  () => ({ agreement_id: 0, fail_reason: 0, out_request_no: 0, settle_status: 0, withhold_plan_no: 0 }),
);
