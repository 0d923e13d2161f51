// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.settle.unfreeze` (PUT /v3/zhima/credit/pe/zmgo/settle/unfreeze: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoSettleUnfreezeRequest = { agreement_id: '…', alipay_open_id: '…' };
 * ```
 */
export interface ZhimaCreditPeZmgoSettleUnfreezeRequest {
  agreement_id?: string;
  alipay_open_id?: string;
  alipay_user_id?: string;
  biz_time?: string;
  order_title?: string;
  out_request_no?: string;
  partner_id?: string;
  unfreeze_amount?: string;
  unfreeze_extend_params?: UnfreezeExtendParams;
}

/**
 * The result of `zhima.credit.pe.zmgo.settle.unfreeze`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoSettleUnfreezeResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoSettleUnfreezeResult {
  fail_reaseon?: string;
  retry?: string;
  unfreeze_amount?: string;
  unfreeze_status?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.settle.unfreeze` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoSettleUnfreezeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaCreditPeZmgoSettleUnfreezeErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ZMGO_CONFIG_SYSTEM_ERROR" | "BALANCE_AVAILABLE_AMOUNT_NOT_ENOUGH" | "BALANCE_ACCOUNT_MISSING" | "BIZ_ORDER_NOT_EXIST_FAILURE" | "SETTLE_BIZ_AGREEMENT_NOT_EXIST" | "UNFREEZE_AGR_N_STATUS" | "BIZ_OPT_IDEMPOTENT_FAILURE" | "BIZ_OPT_UPDATE_FAILURE" | "BALANCE_USER_LOCK_COLLISION" | "BALANCE_IDEMPOTENT_CHECK_FAILURE" | "BALANCE_SYSTEM_AMOUNT_NOT_ENOUGH" | "REQUEST_ACCESS_ILLEGAL";

/**
 * `UnfreezeExtendParams`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.settle.unfreeze`).
 *
 * @example
 * ```ts
 * const value: UnfreezeExtendParams = { quit_type: '…', total_discount_amount: '…' };
 * ```
 */
export interface UnfreezeExtendParams {
  quit_type?: string;
  total_discount_amount?: string;
  total_real_pay_amount?: string;
  total_task_count?: string;
}
const UnfreezeExtendParamsShape = (): object => ({ quit_type: 0, total_discount_amount: 0, total_real_pay_amount: 0, total_task_count: 0 });

/**
 * `zhima.credit.pe.zmgo.settle.unfreeze`: PUT /v3/zhima/credit/pe/zmgo/settle/unfreeze over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoSettleUnfreeze } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoSettleUnfreeze, { agreement_id: '…', alipay_open_id: '…' });
 * ```
 */
export const zhimaCreditPeZmgoSettleUnfreeze: ApiDefinition<"zhima.credit.pe.zmgo.settle.unfreeze", ZhimaCreditPeZmgoSettleUnfreezeRequest, ZhimaCreditPeZmgoSettleUnfreezeResult, ZhimaCreditPeZmgoSettleUnfreezeErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.settle.unfreeze",
  'PUT',
  () => ({ agreement_id: 0, alipay_open_id: 0, alipay_user_id: 0, biz_time: 0, order_title: 0, out_request_no: 0, partner_id: 0, unfreeze_amount: 0, unfreeze_extend_params: UnfreezeExtendParamsShape }),
  () => ({ fail_reaseon: 0, retry: 0, unfreeze_amount: 0, unfreeze_status: 0 }),
);
