// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.offline.market.shop.summary.batchquery` (POST /v3/alipay/offline/market/shop/summary/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMarketShopSummaryBatchqueryRequest = { biz_channel: '…', brand_name: '…' };
 * ```
 */
export interface AlipayOfflineMarketShopSummaryBatchqueryRequest {
  biz_channel?: string;
  brand_name?: string;
  city_code?: string;
  district_code?: string;
  op_role?: string;
  page_no?: number;
  page_size?: number;
  province_code?: string;
  query_type?: string;
  related_partner_id?: string;
  shop_id?: string;
  shop_status?: string;
}

/**
 * The result of `alipay.offline.market.shop.summary.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMarketShopSummaryBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMarketShopSummaryBatchqueryResult {
  current_page_no?: string;
  page_size?: string;
  shop_summary_infos?: ShopSummaryQueryResponse[];
  total_items?: string;
  total_page_no?: string;
}

/**
 * The error codes of `alipay.offline.market.shop.summary.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMarketShopSummaryBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOfflineMarketShopSummaryBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ILLEGAL_PRIVILEGE";

/**
 * `ShopCategoryInfo`, a model of Alipay's v3 description (in `alipay.offline.market.shop.summary.batchquery`).
 *
 * @example
 * ```ts
 * const value: ShopCategoryInfo = { category_id: '…', category_level: '…' };
 * ```
 */
export interface ShopCategoryInfo {
  category_id?: string;
  category_level?: string;
  category_name?: string;
}
const ShopCategoryInfoShape = (): object => ({ category_id: 0, category_level: 0, category_name: 0 });

/**
 * `ShopCommentInfo`, a model of Alipay's v3 description (in `alipay.offline.market.shop.summary.batchquery`).
 *
 * @example
 * ```ts
 * const value: ShopCommentInfo = { avg_popularity: '…', avg_popularity_name: '…' };
 * ```
 */
export interface ShopCommentInfo {
  avg_popularity?: string;
  avg_popularity_name?: string;
  score?: string;
  star?: string;
}
const ShopCommentInfoShape = (): object => ({ avg_popularity: 0, avg_popularity_name: 0, score: 0, star: 0 });

/**
 * `ShopSummaryQueryResponse`, a model of Alipay's v3 description (in `alipay.offline.market.shop.summary.batchquery`).
 *
 * @example
 * ```ts
 * const value: ShopSummaryQueryResponse = { address: '…', branch_shop_name: '…' };
 * ```
 */
export interface ShopSummaryQueryResponse {
  address?: string;
  branch_shop_name?: string;
  brand_name?: string;
  business_time?: string;
  category_infos?: ShopCategoryInfo[];
  city_code?: string;
  district_code?: string;
  ext_info?: string;
  gmt_create?: string;
  is_show?: string;
  latitude?: string;
  longitude?: string;
  main_image?: string;
  main_shop_name?: string;
  per_pay?: string;
  pic_coll?: string;
  province_code?: string;
  shop_comment_info?: ShopCommentInfo;
  shop_id?: string;
  shop_type?: string;
  status?: string;
}
const ShopSummaryQueryResponseShape = (): object => ({ address: 0, branch_shop_name: 0, brand_name: 0, business_time: 0, category_infos: [ShopCategoryInfoShape], city_code: 0, district_code: 0, ext_info: 0, gmt_create: 0, is_show: 0, latitude: 0, longitude: 0, main_image: 0, main_shop_name: 0, per_pay: 0, pic_coll: 0, province_code: 0, shop_comment_info: ShopCommentInfoShape, shop_id: 0, shop_type: 0, status: 0 });

/**
 * `alipay.offline.market.shop.summary.batchquery`: POST /v3/alipay/offline/market/shop/summary/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOfflineMarketShopSummaryBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMarketShopSummaryBatchquery, { biz_channel: '…', brand_name: '…' });
 * ```
 */
export const alipayOfflineMarketShopSummaryBatchquery: ApiDefinition<"alipay.offline.market.shop.summary.batchquery", AlipayOfflineMarketShopSummaryBatchqueryRequest, AlipayOfflineMarketShopSummaryBatchqueryResult, AlipayOfflineMarketShopSummaryBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.market.shop.summary.batchquery",
  'POST',
  () => ({ biz_channel: 0, brand_name: 0, city_code: 0, district_code: 0, op_role: 0, page_no: 1, page_size: 1, province_code: 0, query_type: 0, related_partner_id: 0, shop_id: 0, shop_status: 0 }),
  () => ({ current_page_no: 0, page_size: 0, shop_summary_infos: [ShopSummaryQueryResponseShape], total_items: 0, total_page_no: 0 }),
);
