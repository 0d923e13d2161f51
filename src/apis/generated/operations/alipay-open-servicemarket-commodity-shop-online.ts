// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.commodity.shop.online` (POST /v3/alipay/open/servicemarket/commodity/shop/online: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketCommodityShopOnlineRequest = { commodity_id: '…', shop_id: '…' };
 * ```
 */
export interface AlipayOpenServicemarketCommodityShopOnlineRequest {
  commodity_id?: string;
  shop_id?: string;
}

/**
 * The result of `alipay.open.servicemarket.commodity.shop.online`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketCommodityShopOnlineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketCommodityShopOnlineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.commodity.shop.online` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketCommodityShopOnlineErrorCode = "NO_PERMISSION_ONLINE_SHOP";
 * ```
 */
export type AlipayOpenServicemarketCommodityShopOnlineErrorCode = "NO_PERMISSION_ONLINE_SHOP" | "SHOP_TYPE_ALREADY_ONLINE" | "COMMODITY_SHOP_NOT_EXIST" | "PARAMS_ERROR";

/**
 * `alipay.open.servicemarket.commodity.shop.online`: POST /v3/alipay/open/servicemarket/commodity/shop/online over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketCommodityShopOnline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketCommodityShopOnline, { commodity_id: '…', shop_id: '…' });
 * ```
 */
export const alipayOpenServicemarketCommodityShopOnline: ApiDefinition<"alipay.open.servicemarket.commodity.shop.online", AlipayOpenServicemarketCommodityShopOnlineRequest, AlipayOpenServicemarketCommodityShopOnlineResult, AlipayOpenServicemarketCommodityShopOnlineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.commodity.shop.online",
  'POST',
  () => ({ commodity_id: 0, shop_id: 0 }),
  () => ({}),
);
