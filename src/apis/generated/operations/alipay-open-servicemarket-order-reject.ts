// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.order.reject` (POST /v3/alipay/open/servicemarket/order/reject: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderRejectRequest = { commodity_order_id: '…', reject_reason: '…' };
 * ```
 */
export interface AlipayOpenServicemarketOrderRejectRequest {
  commodity_order_id?: string;
  reject_reason?: string;
}

/**
 * The result of `alipay.open.servicemarket.order.reject`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderRejectResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketOrderRejectResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.order.reject` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderRejectErrorCode = "PARAMS_ERROR";
 * ```
 */
export type AlipayOpenServicemarketOrderRejectErrorCode = "PARAMS_ERROR" | "NO_PERMISSION_REJECT_ORDER" | "ORDER_NOT_EXIST" | "COMMODITY_ORDER_STATUS_INVALID";

/**
 * `alipay.open.servicemarket.order.reject`: POST /v3/alipay/open/servicemarket/order/reject over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderReject } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderReject, { commodity_order_id: '…', reject_reason: '…' });
 * ```
 */
export const alipayOpenServicemarketOrderReject: ApiDefinition<"alipay.open.servicemarket.order.reject", AlipayOpenServicemarketOrderRejectRequest, AlipayOpenServicemarketOrderRejectResult, AlipayOpenServicemarketOrderRejectErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.reject",
  'POST',
  () => ({ commodity_order_id: 0, reject_reason: 0 }),
  () => ({}),
);
