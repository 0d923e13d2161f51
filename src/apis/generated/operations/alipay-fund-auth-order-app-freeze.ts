// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type PostPayment, PostPaymentShape } from '../models/PostPayment.ts';

/**
 * The request of `alipay.fund.auth.order.app.freeze` (POST /v3/alipay/fund/auth/order/app/freeze: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAuthOrderAppFreezeRequest = { amount: '…', business_params: '…' };
 * ```
 */
export interface AlipayFundAuthOrderAppFreezeRequest {
  amount?: string;
  business_params?: string;
  deposit_product_mode?: string;
  disable_pay_channels?: string;
  enable_pay_channels?: string;
  extra_param?: string;
  identity_params?: string;
  notify_url?: string;
  order_title?: string;
  out_order_no?: string;
  out_request_no?: string;
  pay_timeout?: string;
  payee_logon_id?: string;
  payee_user_id?: string;
  post_payments?: PostPayment[];
  product_code?: string;
  scene_code?: string;
  settle_currency?: string;
  timeout_express?: string;
  trans_currency?: string;
}

/**
 * The result of `alipay.fund.auth.order.app.freeze`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAuthOrderAppFreezeResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAuthOrderAppFreezeResult {
  amount?: string;
  auth_no?: string;
  credit_amount?: string;
  fund_amount?: string;
  gmt_trans?: string;
  operation_id?: string;
  orderStr?: string;
  out_order_no?: string;
  out_request_no?: string;
  payer_open_id?: string;
  payer_user_id?: string;
  pre_auth_type?: string;
  status?: string;
  trans_currency?: string;
}

/**
 * The error codes of `alipay.fund.auth.order.app.freeze` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAuthOrderAppFreezeErrorCode = "ORDER_ALREADY_CLOSED";
 * ```
 */
export type AlipayFundAuthOrderAppFreezeErrorCode = "ORDER_ALREADY_CLOSED" | "FREEZE_ALREADY_SUCCESS" | "SYSTEM_ERROR" | "ORDER_ALREADY_FINISH" | "EXIST_FORBIDDEN_WORD" | "ILLEGAL_ARGUMENT" | "ACCESS_FORBIDDEN" | "PAYEE_NOT_EXIST" | "PAYER_NOT_EXIST" | "PAYER_USER_STATUS_LIMIT" | "PAYEE_USER_STATUS_LIMIT" | "CURRENCY_VERIFICATION_FAIL" | "RESTRICTED_MERCHANT_INDUSTRY" | "FOREX_ID_VERIFICATION_FAIL" | "PRODUCT_AMOUNT_LIMIT_ERROR" | "SECONDARY_MERCHANT_STATUS_ERROR" | "USER_IDENTITY_INFO_VALIDATE_FAIL" | "USER_ACCOUNT_VALIDATE_FAIL" | "SUB_MERCHANT_ORG_ID_ERROR" | "SUB_MERCHANT_LEVEL_ERROR" | "SUB_MERCHANT_NO_PERMISSION" | "MERCHANT_STATUS_ERROR";

/**
 * `alipay.fund.auth.order.app.freeze`: POST /v3/alipay/fund/auth/order/app/freeze over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAuthOrderAppFreeze } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAuthOrderAppFreeze, { amount: '…', business_params: '…' });
 * ```
 */
export const alipayFundAuthOrderAppFreeze: ApiDefinition<"alipay.fund.auth.order.app.freeze", AlipayFundAuthOrderAppFreezeRequest, AlipayFundAuthOrderAppFreezeResult, AlipayFundAuthOrderAppFreezeErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.auth.order.app.freeze",
  'POST',
  () => ({ amount: 0, business_params: 0, deposit_product_mode: 0, disable_pay_channels: 0, enable_pay_channels: 0, extra_param: 0, identity_params: 0, notify_url: 0, order_title: 0, out_order_no: 0, out_request_no: 0, pay_timeout: 0, payee_logon_id: 0, payee_user_id: 0, post_payments: [PostPaymentShape], product_code: 0, scene_code: 0, settle_currency: 0, timeout_express: 0, trans_currency: 0 }),
  () => ({ amount: 0, auth_no: 0, credit_amount: 0, fund_amount: 0, gmt_trans: 0, operation_id: 0, orderStr: 0, out_order_no: 0, out_request_no: 0, payer_open_id: 0, payer_user_id: 0, pre_auth_type: 0, status: 0, trans_currency: 0 }),
);
