// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type PostPayment, PostPaymentShape } from '../models/PostPayment.ts';

/**
 * The request of `alipay.fund.auth.order.voucher.create` (POST /v3/alipay/fund/auth/order/voucher/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAuthOrderVoucherCreateRequest = { amount: '…', business_params: '…' };
 * ```
 */
export interface AlipayFundAuthOrderVoucherCreateRequest {
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
  settle_currency?: string;
  timeout_express?: string;
  trans_currency?: string;
}

/**
 * The result of `alipay.fund.auth.order.voucher.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAuthOrderVoucherCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAuthOrderVoucherCreateResult {
  code_type?: string;
  code_url?: string;
  code_value?: string;
  out_order_no?: string;
  out_request_no?: string;
}

/**
 * The error codes of `alipay.fund.auth.order.voucher.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAuthOrderVoucherCreateErrorCode = "ILLEGAL_ARGUMENT";
 * ```
 */
export type AlipayFundAuthOrderVoucherCreateErrorCode = "ILLEGAL_ARGUMENT" | "UNIQUE_VIOLATION" | "EXIST_FORBIDDEN_WORD" | "ACCESS_FORBIDDEN" | "PAYEE_NOT_EXIST" | "PAYEE_USER_STATUS_LIMIT" | "PAYER_USER_STATUS_LIMIT" | "ORDER_ALREADY_FINISH" | "ORDER_ALREADY_CLOSED" | "FREEZE_ALREADY_SUCCESS" | "ERROR_BALANCE_PAYMENT_DISABLE" | "SYSTEM_ERROR" | "MONEY_NOT_ENOUGH" | "NO_PAYMENT_INSTRUMENTS_AVAILABLE" | "PAYER_PAYEE_EQUAL" | "CURRENCY_VERIFICATION_FAIL" | "SECONDARY_MERCHANT_STATUS_ERROR" | "USER_IDENTITY_INFO_VALIDATE_FAIL" | "USER_ACCOUNT_VALIDATE_FAIL" | "SUB_MERCHANT_ORGANIZATION_ID_ERROR" | "SUB_MERCHANT_LEVEL_ERROR" | "SUB_MERCHANT_NO_PERMISSION" | "MERCHANT_STATUS_ERROR" | "UNSUPPORTED_BIZ_TYPE" | "ILLEGAL_PAYEE_USER_ID";

/**
 * `alipay.fund.auth.order.voucher.create`: POST /v3/alipay/fund/auth/order/voucher/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAuthOrderVoucherCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAuthOrderVoucherCreate, { amount: '…', business_params: '…' });
 * ```
 */
export const alipayFundAuthOrderVoucherCreate: ApiDefinition<"alipay.fund.auth.order.voucher.create", AlipayFundAuthOrderVoucherCreateRequest, AlipayFundAuthOrderVoucherCreateResult, AlipayFundAuthOrderVoucherCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.auth.order.voucher.create",
  'POST',
  () => ({ amount: 0, business_params: 0, deposit_product_mode: 0, disable_pay_channels: 0, enable_pay_channels: 0, extra_param: 0, identity_params: 0, notify_url: 0, order_title: 0, out_order_no: 0, out_request_no: 0, pay_timeout: 0, payee_logon_id: 0, payee_user_id: 0, post_payments: [PostPaymentShape], product_code: 0, settle_currency: 0, timeout_express: 0, trans_currency: 0 }),
  () => ({ code_type: 0, code_url: 0, code_value: 0, out_order_no: 0, out_request_no: 0 }),
);
