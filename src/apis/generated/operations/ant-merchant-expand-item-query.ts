// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ItemExtInfo, ItemExtInfoShape } from '../models/ItemExtInfo.ts';

/**
 * The request of `ant.merchant.expand.item.query` (GET /v3/ant/merchant/expand/item/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandItemQueryRequest = { target_type: "5", target_id: "2018090600502000000022501261" };
 * ```
 */
export interface AntMerchantExpandItemQueryRequest {
  /** A query parameter (v3). */
  target_type?: string;
  /** A query parameter (v3). */
  target_id?: string;
  /** A query parameter (v3). */
  undefined_category?: boolean;
  /** A query parameter (v3). */
  front_category_id?: string;
  /** A query parameter (v3). */
  status?: string;
}

/**
 * The result of `ant.merchant.expand.item.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandItemQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandItemQueryResult {
  item_list?: ItemModel[];
}

/**
 * The error codes of `ant.merchant.expand.item.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandItemQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandItemQueryErrorCode = "SYSTEM_ERROR" | "DB_ERROR" | "ARGUMENT_NULL" | "ARGUMENT_ILLEGAL";

/**
 * `ItemModel`, a model of Alipay's v3 description (in `ant.merchant.expand.item.query`).
 *
 * @example
 * ```ts
 * const value: ItemModel = { creator_id: '…', creator_type: '…' };
 * ```
 */
export interface ItemModel {
  creator_id?: string;
  creator_type?: string;
  ext_info?: string;
  front_category_id?: string;
  gmt_create?: string;
  gmt_modified?: string;
  item_id?: string;
  name?: string;
  sku_list?: ItemSkuInfo[];
  sort?: number;
  status?: string;
  target_id?: string;
  target_type?: string;
  type?: string;
}
const ItemModelShape = (): object => ({ creator_id: 0, creator_type: 0, ext_info: 0, front_category_id: 0, gmt_create: 0, gmt_modified: 0, item_id: 0, name: 0, sku_list: [ItemSkuInfoShape], sort: 1, status: 0, target_id: 0, target_type: 0, type: 0 });

/**
 * `ItemSkuInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.query`).
 *
 * @example
 * ```ts
 * const value: ItemSkuInfo = { cost_price: 1, gmt_create: '…' };
 * ```
 */
export interface ItemSkuInfo {
  cost_price?: number;
  ext_info?: ItemExtInfo[];
  gmt_create?: string;
  gmt_modified?: string;
  item_id?: string;
  original_price?: number;
  price?: number;
  sku_id?: string;
  status?: string;
}
const ItemSkuInfoShape = (): object => ({ cost_price: 1, ext_info: [ItemExtInfoShape], gmt_create: 0, gmt_modified: 0, item_id: 0, original_price: 1, price: 1, sku_id: 0, status: 0 });

/**
 * `ant.merchant.expand.item.query`: GET /v3/ant/merchant/expand/item/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandItemQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandItemQuery, { target_type: "5", target_id: "2018090600502000000022501261" });
 * ```
 */
export const antMerchantExpandItemQuery: ApiDefinition<"ant.merchant.expand.item.query", AntMerchantExpandItemQueryRequest, AntMerchantExpandItemQueryResult, AntMerchantExpandItemQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.item.query",
  { verb: 'GET', query: ["target_type", "target_id", "undefined_category", "front_category_id", "status"] },
  () => ({ target_type: 0, target_id: 0, undefined_category: 2, front_category_id: 0, status: 0 }),
  () => ({ item_list: [ItemModelShape] }),
);
