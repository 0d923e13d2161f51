// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.order.item.complete` (POST /v3/alipay/open/servicemarket/order/item/complete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderItemCompleteRequest = { commodity_order_id: '…', mini_app_id: '…' };
 * ```
 */
export interface AlipayOpenServicemarketOrderItemCompleteRequest {
  commodity_order_id?: string;
  mini_app_id?: string;
  shop_id?: string;
}

/**
 * The result of `alipay.open.servicemarket.order.item.complete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderItemCompleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketOrderItemCompleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.order.item.complete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderItemCompleteErrorCode = "PARAMS_ERROR";
 * ```
 */
export type AlipayOpenServicemarketOrderItemCompleteErrorCode = "PARAMS_ERROR" | "NO_PERMISSION_OPERATION" | "COMMODITY_ORDER_ITEM_NOT_EXIST" | "ITEM_STATUS_NOT_ALLOW" | "SYSTEM_ERROR";

/**
 * `alipay.open.servicemarket.order.item.complete`: POST /v3/alipay/open/servicemarket/order/item/complete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderItemComplete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderItemComplete, { commodity_order_id: '…', mini_app_id: '…' });
 * ```
 */
export const alipayOpenServicemarketOrderItemComplete: ApiDefinition<"alipay.open.servicemarket.order.item.complete", AlipayOpenServicemarketOrderItemCompleteRequest, AlipayOpenServicemarketOrderItemCompleteResult, AlipayOpenServicemarketOrderItemCompleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.item.complete",
  'POST',
  () => ({ commodity_order_id: 0, mini_app_id: 0, shop_id: 0 }),
  () => ({}),
);
