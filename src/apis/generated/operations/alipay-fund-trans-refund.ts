// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.trans.refund` (POST /v3/alipay/fund/trans/refund: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundTransRefundRequest = { biz_scene: '…', business_params: '…' };
 * ```
 */
export interface AlipayFundTransRefundRequest {
  biz_scene?: string;
  business_params?: string;
  order_id?: string;
  out_request_no?: string;
  passback_params?: string;
  product_code?: string;
  refund_amount?: string;
  remark?: string;
}

/**
 * The result of `alipay.fund.trans.refund`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundTransRefundResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundTransRefundResult {
  order_id?: string;
  out_request_no?: string;
  refund_amount?: string;
  refund_date?: string;
  refund_order_id?: string;
  status?: string;
}

/**
 * The error codes of `alipay.fund.trans.refund` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundTransRefundErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayFundTransRefundErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_ORDER_PERMISSION" | "PRODUCT_NOT_ALLOW_REFUND" | "ORDER_STATUS_ERROR" | "REFUND_MONEY_NOT_ENOUGH" | "REFUND_INFO_INCONSISTENCY" | "ORDER_NOT_EXIST" | "ORDER_STATUS_INVALID" | "MAX_VISIT_LIMIT" | "INVALID_AMOUNT" | "REMARK_HAS_SENSITIVE_WORD" | "CURRENT_ORDER_STATUS_NOT_ALLOW_REFUND_ERROR" | "USER_CANCEL";

/**
 * `alipay.fund.trans.refund`: POST /v3/alipay/fund/trans/refund over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundTransRefund } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundTransRefund, { biz_scene: '…', business_params: '…' });
 * ```
 */
export const alipayFundTransRefund: ApiDefinition<"alipay.fund.trans.refund", AlipayFundTransRefundRequest, AlipayFundTransRefundResult, AlipayFundTransRefundErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.trans.refund",
  'POST',
  () => ({ biz_scene: 0, business_params: 0, order_id: 0, out_request_no: 0, passback_params: 0, product_code: 0, refund_amount: 0, remark: 0 }),
  () => ({ order_id: 0, out_request_no: 0, refund_amount: 0, refund_date: 0, refund_order_id: 0, status: 0 }),
);
