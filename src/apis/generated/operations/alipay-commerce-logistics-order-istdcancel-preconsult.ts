// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.logistics.order.istdcancel.preconsult` (POST /v3/alipay/commerce/logistics/order/istdcancel/preconsult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceLogisticsOrderIstdcancelPreconsultRequest = { cancel_reason: '…', cancel_reason_id: '…' };
 * ```
 */
export interface AlipayCommerceLogisticsOrderIstdcancelPreconsultRequest {
  cancel_reason?: string;
  cancel_reason_id?: string;
  logistics_code?: string;
  order_no?: string;
  out_order_no?: string;
  waybill_no?: string;
}

/**
 * The result of `alipay.commerce.logistics.order.istdcancel.preconsult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceLogisticsOrderIstdcancelPreconsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceLogisticsOrderIstdcancelPreconsultResult {
  allow_cancel?: boolean;
  cancel_fee?: string;
}

/**
 * The error codes of `alipay.commerce.logistics.order.istdcancel.preconsult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceLogisticsOrderIstdcancelPreconsultErrorCode = "PARAM_ILLEGAL";
 * ```
 */
export type AlipayCommerceLogisticsOrderIstdcancelPreconsultErrorCode = "PARAM_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `alipay.commerce.logistics.order.istdcancel.preconsult`: POST /v3/alipay/commerce/logistics/order/istdcancel/preconsult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceLogisticsOrderIstdcancelPreconsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceLogisticsOrderIstdcancelPreconsult, { cancel_reason: '…', cancel_reason_id: '…' });
 * ```
 */
export const alipayCommerceLogisticsOrderIstdcancelPreconsult: ApiDefinition<"alipay.commerce.logistics.order.istdcancel.preconsult", AlipayCommerceLogisticsOrderIstdcancelPreconsultRequest, AlipayCommerceLogisticsOrderIstdcancelPreconsultResult, AlipayCommerceLogisticsOrderIstdcancelPreconsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.logistics.order.istdcancel.preconsult",
  'POST',
  () => ({ cancel_reason: 0, cancel_reason_id: 0, logistics_code: 0, order_no: 0, out_order_no: 0, waybill_no: 0 }),
  () => ({ allow_cancel: 2, cancel_fee: 0 }),
);
