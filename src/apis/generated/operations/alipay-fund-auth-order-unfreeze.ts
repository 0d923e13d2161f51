// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.auth.order.unfreeze` (POST /v3/alipay/fund/auth/order/unfreeze: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAuthOrderUnfreezeRequest = { amount: '…', auth_no: '…' };
 * ```
 */
export interface AlipayFundAuthOrderUnfreezeRequest {
  amount?: string;
  auth_no?: string;
  extra_param?: string;
  notify_url?: string;
  out_request_no?: string;
  remark?: string;
}

/**
 * The result of `alipay.fund.auth.order.unfreeze`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAuthOrderUnfreezeResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAuthOrderUnfreezeResult {
  amount?: string;
  auth_no?: string;
  credit_amount?: string;
  fund_amount?: string;
  gmt_trans?: string;
  operation_id?: string;
  out_order_no?: string;
  out_request_no?: string;
  status?: string;
}

/**
 * The error codes of `alipay.fund.auth.order.unfreeze` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAuthOrderUnfreezeErrorCode = "ILLEGAL_ARGUMENT";
 * ```
 */
export type AlipayFundAuthOrderUnfreezeErrorCode = "ILLEGAL_ARGUMENT" | "UNIQUE_VIOLATION" | "SYSTEM_ERROR" | "PAYER_USER_STATUS_LIMIT" | "AUTH_ORDER_NOT_EXIST" | "REQUEST_AMOUNT_EXCEED" | "ILLEGAL_STATUS" | "ORDER_ALREADY_FINISH" | "ORDER_ALREADY_CLOSED" | "PAYER_NOT_EXIST" | "BIZ_ERROR" | "ACCESS_FORBIDDEN";

/**
 * `alipay.fund.auth.order.unfreeze`: POST /v3/alipay/fund/auth/order/unfreeze over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAuthOrderUnfreeze } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAuthOrderUnfreeze, { amount: '…', auth_no: '…' });
 * ```
 */
export const alipayFundAuthOrderUnfreeze: ApiDefinition<"alipay.fund.auth.order.unfreeze", AlipayFundAuthOrderUnfreezeRequest, AlipayFundAuthOrderUnfreezeResult, AlipayFundAuthOrderUnfreezeErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.auth.order.unfreeze",
  'POST',
  () => ({ amount: 0, auth_no: 0, extra_param: 0, notify_url: 0, out_request_no: 0, remark: 0 }),
  () => ({ amount: 0, auth_no: 0, credit_amount: 0, fund_amount: 0, gmt_trans: 0, operation_id: 0, out_order_no: 0, out_request_no: 0, status: 0 }),
);
