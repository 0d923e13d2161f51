// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.edu.kt.billing.modify` (POST /v3/alipay/eco/edu/kt/billing/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoEduKtBillingModifyRequest = { bank_success: '…', buyer_logon_id: '…' };
 * ```
 */
export interface AlipayEcoEduKtBillingModifyRequest {
  bank_success?: string;
  buyer_logon_id?: string;
  buyer_user_id?: string;
  buyer_user_open_id?: string;
  fund_change?: string;
  gmt_refund?: string;
  out_request_no?: string;
  out_trade_no?: string;
  refund_amount?: string;
  refund_detail_item_list?: string;
  refund_reason?: string;
  status?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.eco.edu.kt.billing.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoEduKtBillingModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoEduKtBillingModifyResult {
  status?: string;
}

/**
 * The error codes of `alipay.eco.edu.kt.billing.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoEduKtBillingModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoEduKtBillingModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "EDU_ISV_NOT_EXIST" | "SCHOOL_NOT_EXIST" | "EDU_ISV_SCHOOL_NOT_EXIST" | "ALIPAY_QUERY_ORDER_FAIL" | "USER_INFO_ERROR" | "ILLEGAL_PARAM" | "INVALID_PARAMETER_REFUND_FAILED";

/**
 * `alipay.eco.edu.kt.billing.modify`: POST /v3/alipay/eco/edu/kt/billing/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoEduKtBillingModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoEduKtBillingModify, { bank_success: '…', buyer_logon_id: '…' });
 * ```
 */
export const alipayEcoEduKtBillingModify: ApiDefinition<"alipay.eco.edu.kt.billing.modify", AlipayEcoEduKtBillingModifyRequest, AlipayEcoEduKtBillingModifyResult, AlipayEcoEduKtBillingModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.edu.kt.billing.modify",
  'POST',
  () => ({ bank_success: 0, buyer_logon_id: 0, buyer_user_id: 0, buyer_user_open_id: 0, fund_change: 0, gmt_refund: 0, out_request_no: 0, out_trade_no: 0, refund_amount: 0, refund_detail_item_list: 0, refund_reason: 0, status: 0, trade_no: 0 }),
  () => ({ status: 0 }),
);
