// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.offline.market.shop.category.query` (GET /v3/alipay/offline/market/shop/category/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMarketShopCategoryQueryRequest = { category_id: "2015050700000000", op_role: "ISV" };
 * ```
 */
export interface AlipayOfflineMarketShopCategoryQueryRequest {
  /** A query parameter (v3). */
  category_id?: string;
  /** A query parameter (v3). */
  op_role?: string;
}

/**
 * The result of `alipay.offline.market.shop.category.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMarketShopCategoryQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMarketShopCategoryQueryResult {
  shop_category_config_infos?: ShopCategoryConfigInfo[];
}

/**
 * The error codes of `alipay.offline.market.shop.category.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMarketShopCategoryQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOfflineMarketShopCategoryQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ShopCategoryConfigInfo`, a model of Alipay's v3 description (in `alipay.offline.market.shop.category.query`).
 *
 * @example
 * ```ts
 * const value: ShopCategoryConfigInfo = { id: '…', is_leaf: '…' };
 * ```
 */
export interface ShopCategoryConfigInfo {
  id?: string;
  is_leaf?: string;
  level?: string;
  link?: string;
  nm?: string;
}
const ShopCategoryConfigInfoShape = (): object => ({ id: 0, is_leaf: 0, level: 0, link: 0, nm: 0 });

/**
 * `alipay.offline.market.shop.category.query`: GET /v3/alipay/offline/market/shop/category/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOfflineMarketShopCategoryQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMarketShopCategoryQuery, { category_id: "2015050700000000", op_role: "ISV" });
 * ```
 */
export const alipayOfflineMarketShopCategoryQuery: ApiDefinition<"alipay.offline.market.shop.category.query", AlipayOfflineMarketShopCategoryQueryRequest, AlipayOfflineMarketShopCategoryQueryResult, AlipayOfflineMarketShopCategoryQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.market.shop.category.query",
  { verb: 'GET', query: ["category_id", "op_role"] },
  () => ({ category_id: 0, op_role: 0 }),
  () => ({ shop_category_config_infos: [ShopCategoryConfigInfoShape] }),
);
