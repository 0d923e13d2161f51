// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.commodity.shop.offline` (POST /v3/alipay/open/servicemarket/commodity/shop/offline: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketCommodityShopOfflineRequest = { commodity_id: '…', shop_id: '…' };
 * ```
 */
export interface AlipayOpenServicemarketCommodityShopOfflineRequest {
  commodity_id?: string;
  shop_id?: string;
}

/**
 * The result of `alipay.open.servicemarket.commodity.shop.offline`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketCommodityShopOfflineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketCommodityShopOfflineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.commodity.shop.offline` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketCommodityShopOfflineErrorCode = "PARAMS_ERROR";
 * ```
 */
export type AlipayOpenServicemarketCommodityShopOfflineErrorCode = "PARAMS_ERROR" | "NO_PERMISSION_OFFLINE_SHOP" | "COMMODITY_SHOP_NOT_EXIST" | "SYSTEM_ERROR" | "SHOP_STATUS_NOT_SUPPORT";

/**
 * `alipay.open.servicemarket.commodity.shop.offline`: POST /v3/alipay/open/servicemarket/commodity/shop/offline over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketCommodityShopOffline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketCommodityShopOffline, { commodity_id: '…', shop_id: '…' });
 * ```
 */
export const alipayOpenServicemarketCommodityShopOffline: ApiDefinition<"alipay.open.servicemarket.commodity.shop.offline", AlipayOpenServicemarketCommodityShopOfflineRequest, AlipayOpenServicemarketCommodityShopOfflineResult, AlipayOpenServicemarketCommodityShopOfflineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.commodity.shop.offline",
  'POST',
  () => ({ commodity_id: 0, shop_id: 0 }),
  () => ({}),
);
