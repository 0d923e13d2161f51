// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.order.item.confirm` (POST /v3/alipay/open/servicemarket/order/item/confirm: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderItemConfirmRequest = { commodity_order_id: '…', mini_app_id: '…' };
 * ```
 */
export interface AlipayOpenServicemarketOrderItemConfirmRequest {
  commodity_order_id?: string;
  mini_app_id?: string;
  shop_id?: string;
}

/**
 * The result of `alipay.open.servicemarket.order.item.confirm`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderItemConfirmResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketOrderItemConfirmResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.order.item.confirm` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderItemConfirmErrorCode = "NO_PERMISSION_COMFIRM_ORDERITEM";
 * ```
 */
export type AlipayOpenServicemarketOrderItemConfirmErrorCode = "NO_PERMISSION_COMFIRM_ORDERITEM" | "ITEM_STATUS_NOT_ALLOW" | "COMMODITY_ORDER_ITEM_NOT_EXIST" | "PARAMS_ERROR" | "SYSTEM_ERROR" | "CONFIRM_CHARGE_ITEM_NOT_ALLOW";

/**
 * `alipay.open.servicemarket.order.item.confirm`: POST /v3/alipay/open/servicemarket/order/item/confirm over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderItemConfirm } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderItemConfirm, { commodity_order_id: '…', mini_app_id: '…' });
 * ```
 */
export const alipayOpenServicemarketOrderItemConfirm: ApiDefinition<"alipay.open.servicemarket.order.item.confirm", AlipayOpenServicemarketOrderItemConfirmRequest, AlipayOpenServicemarketOrderItemConfirmResult, AlipayOpenServicemarketOrderItemConfirmErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.item.confirm",
  'POST',
  () => ({ commodity_order_id: 0, mini_app_id: 0, shop_id: 0 }),
  () => ({}),
);
