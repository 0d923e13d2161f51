// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.auth.operation.cancel` (POST /v3/alipay/fund/auth/operation/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAuthOperationCancelRequest = { auth_no: '…', notify_url: '…' };
 * ```
 */
export interface AlipayFundAuthOperationCancelRequest {
  auth_no?: string;
  notify_url?: string;
  operation_id?: string;
  out_order_no?: string;
  out_request_no?: string;
  remark?: string;
}

/**
 * The result of `alipay.fund.auth.operation.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAuthOperationCancelResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAuthOperationCancelResult {
  action?: string;
  auth_no?: string;
  operation_id?: string;
  out_order_no?: string;
  out_request_no?: string;
}

/**
 * The error codes of `alipay.fund.auth.operation.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAuthOperationCancelErrorCode = "ILLEGAL_ARGUMENT";
 * ```
 */
export type AlipayFundAuthOperationCancelErrorCode = "ILLEGAL_ARGUMENT" | "ACCESS_FORBIDDEN" | "PAYER_USER_STATUS_LIMIT" | "ORDER_ALREADY_FINISH" | "CANCEL_OPERATION_TIME_OUT" | "REQUEST_AMOUNT_EXCEED" | "SYSTEM_ERROR" | "PAYER_NOT_EXIST" | "AUTH_ORDER_NOT_EXIST";

/**
 * `alipay.fund.auth.operation.cancel`: POST /v3/alipay/fund/auth/operation/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAuthOperationCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAuthOperationCancel, { auth_no: '…', notify_url: '…' });
 * ```
 */
export const alipayFundAuthOperationCancel: ApiDefinition<"alipay.fund.auth.operation.cancel", AlipayFundAuthOperationCancelRequest, AlipayFundAuthOperationCancelResult, AlipayFundAuthOperationCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.auth.operation.cancel",
  'POST',
  () => ({ auth_no: 0, notify_url: 0, operation_id: 0, out_order_no: 0, out_request_no: 0, remark: 0 }),
  () => ({ action: 0, auth_no: 0, operation_id: 0, out_order_no: 0, out_request_no: 0 }),
);
