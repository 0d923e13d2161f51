// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.goods.batchquery` (GET /v3/alipay/marketing/activity/{activity_id}/goods/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityGoodsBatchqueryRequest = { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" };
 * ```
 */
export interface AlipayMarketingActivityGoodsBatchqueryRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A query parameter (v3). */
  merchant_id?: string;
  /** A query parameter (v3). */
  goods_use_type?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  product_version?: string;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.goods.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityGoodsBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityGoodsBatchqueryResult {
  activity_id?: string;
  app_item_infos?: AppItemInfo[];
  goods_infos?: ActivityGoodsInfo[];
  page_num?: number;
  page_size?: number;
  total_size?: number;
}

/**
 * The error codes of `alipay.marketing.activity.goods.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityGoodsBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityGoodsBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ActivityGoodsInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.goods.batchquery`).
 *
 * @example
 * ```ts
 * const value: ActivityGoodsInfo = { goods_id: '…', goods_use_type: '…' };
 * ```
 */
export interface ActivityGoodsInfo {
  goods_id?: string;
  goods_use_type?: string;
}
const ActivityGoodsInfoShape = (): object => ({ goods_id: 0, goods_use_type: 0 });

/**
 * `AppItemInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.goods.batchquery`).
 *
 * @example
 * ```ts
 * const value: AppItemInfo = { item_id: '…', item_use_type: '…' };
 * ```
 */
export interface AppItemInfo {
  item_id?: string;
  item_use_type?: string;
  mini_app_id?: string;
  out_item_id?: string;
}
const AppItemInfoShape = (): object => ({ item_id: 0, item_use_type: 0, mini_app_id: 0, out_item_id: 0 });

/**
 * `alipay.marketing.activity.goods.batchquery`: GET /v3/alipay/marketing/activity/{activity_id}/goods/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityGoodsBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityGoodsBatchquery, { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" });
 * ```
 */
export const alipayMarketingActivityGoodsBatchquery: ApiDefinition<"alipay.marketing.activity.goods.batchquery", AlipayMarketingActivityGoodsBatchqueryRequest, AlipayMarketingActivityGoodsBatchqueryResult, AlipayMarketingActivityGoodsBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.goods.batchquery",
  { verb: 'GET', path: "/v3/alipay/marketing/activity/{activity_id}/goods/batchquery", query: ["merchant_id", "goods_use_type", "page_num", "page_size", "product_version", "merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_id: 0, goods_use_type: 0, page_num: 1, page_size: 1, product_version: 0, merchant_access_mode: 0 }),
  () => ({ activity_id: 0, app_item_infos: [AppItemInfoShape], goods_infos: [ActivityGoodsInfoShape], page_num: 1, page_size: 1, total_size: 1 }),
);
