// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.order.item.cancel` (POST /v3/alipay/open/servicemarket/order/item/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderItemCancelRequest = { cancel_reason: '…', commodity_order_id: '…' };
 * ```
 */
export interface AlipayOpenServicemarketOrderItemCancelRequest {
  cancel_reason?: string;
  commodity_order_id?: string;
  mini_app_id?: string;
  shop_id?: string;
}

/**
 * The result of `alipay.open.servicemarket.order.item.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderItemCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketOrderItemCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.order.item.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderItemCancelErrorCode = "PARAMS_ERROR";
 * ```
 */
export type AlipayOpenServicemarketOrderItemCancelErrorCode = "PARAMS_ERROR" | "NO_PERMISSION_CANCEL_ORDER_ITEM" | "COMMODITY_ORDER_ITEM_NOT_EXIST" | "ITEM_STATUS_NOT_ALLOW";

/**
 * `alipay.open.servicemarket.order.item.cancel`: POST /v3/alipay/open/servicemarket/order/item/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderItemCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderItemCancel, { cancel_reason: '…', commodity_order_id: '…' });
 * ```
 */
export const alipayOpenServicemarketOrderItemCancel: ApiDefinition<"alipay.open.servicemarket.order.item.cancel", AlipayOpenServicemarketOrderItemCancelRequest, AlipayOpenServicemarketOrderItemCancelResult, AlipayOpenServicemarketOrderItemCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.item.cancel",
  'POST',
  () => ({ cancel_reason: 0, commodity_order_id: 0, mini_app_id: 0, shop_id: 0 }),
  () => ({}),
);
