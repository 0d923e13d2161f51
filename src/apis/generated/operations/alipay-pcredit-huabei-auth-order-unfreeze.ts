// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.pcredit.huabei.auth.order.unfreeze` (PUT /v3/alipay/pcredit/huabei/auth/order/unfreeze: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayPcreditHuabeiAuthOrderUnfreezeRequest = { agreement_no: '…', alipay_user_id: '…' };
 * ```
 */
export interface AlipayPcreditHuabeiAuthOrderUnfreezeRequest {
  agreement_no?: string;
  alipay_user_id?: string;
  need_terminated?: string;
  open_id?: string;
  order_title?: string;
  out_request_no?: string;
  seller_id?: string;
  unfreeze_amount?: string;
}

/**
 * The result of `alipay.pcredit.huabei.auth.order.unfreeze`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayPcreditHuabeiAuthOrderUnfreezeResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayPcreditHuabeiAuthOrderUnfreezeResult {
  agreement_no?: string;
  agreement_status?: string;
  alipay_user_id?: string;
  auth_opt_id?: string;
  gmt_trans?: string;
  open_id?: string;
  out_request_no?: string;
  rest_freeze_amount?: string;
  seller_id?: string;
  trans_status?: string;
  unfreeze_amount?: string;
}

/**
 * The error codes of `alipay.pcredit.huabei.auth.order.unfreeze` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayPcreditHuabeiAuthOrderUnfreezeErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayPcreditHuabeiAuthOrderUnfreezeErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "MERCHANT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_NOT_EXIST" | "BALANCE_CHECK_ERROR" | "AGREEMENT_EXPIRED" | "SELLER_NOT_MATCH" | "BUYER_SELLER_EQUAL" | "CALL_LIMITED" | "ORDER_IDEMPOTENT_ERROR";

/**
 * `alipay.pcredit.huabei.auth.order.unfreeze`: PUT /v3/alipay/pcredit/huabei/auth/order/unfreeze over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayPcreditHuabeiAuthOrderUnfreeze } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayPcreditHuabeiAuthOrderUnfreeze, { agreement_no: '…', alipay_user_id: '…' });
 * ```
 */
export const alipayPcreditHuabeiAuthOrderUnfreeze: ApiDefinition<"alipay.pcredit.huabei.auth.order.unfreeze", AlipayPcreditHuabeiAuthOrderUnfreezeRequest, AlipayPcreditHuabeiAuthOrderUnfreezeResult, AlipayPcreditHuabeiAuthOrderUnfreezeErrorCode> = /* @__PURE__ */ operation(
  "alipay.pcredit.huabei.auth.order.unfreeze",
  'PUT',
  () => ({ agreement_no: 0, alipay_user_id: 0, need_terminated: 0, open_id: 0, order_title: 0, out_request_no: 0, seller_id: 0, unfreeze_amount: 0 }),
  () => ({ agreement_no: 0, agreement_status: 0, alipay_user_id: 0, auth_opt_id: 0, gmt_trans: 0, open_id: 0, out_request_no: 0, rest_freeze_amount: 0, seller_id: 0, trans_status: 0, unfreeze_amount: 0 }),
);
