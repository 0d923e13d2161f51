// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.shop.batchquery` (GET /v3/alipay/marketing/activity/{activity_id}/shop/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityShopBatchqueryRequest = { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" };
 * ```
 */
export interface AlipayMarketingActivityShopBatchqueryRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A query parameter (v3). */
  merchant_id?: string;
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
 * The result of `alipay.marketing.activity.shop.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityShopBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityShopBatchqueryResult {
  activity_id?: string;
  page_num?: number;
  page_size?: number;
  shop_infos?: ActivityShopInfo[];
  total_size?: number;
}

/**
 * The error codes of `alipay.marketing.activity.shop.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityShopBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityShopBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ActivityShopInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.shop.batchquery`).
 *
 * @example
 * ```ts
 * const value: ActivityShopInfo = { latitude: '…', longitude: '…' };
 * ```
 */
export interface ActivityShopInfo {
  latitude?: string;
  longitude?: string;
  shop_id?: string;
  shop_name?: string;
  shop_type?: string;
}
const ActivityShopInfoShape = (): object => ({ latitude: 0, longitude: 0, shop_id: 0, shop_name: 0, shop_type: 0 });

/**
 * `alipay.marketing.activity.shop.batchquery`: GET /v3/alipay/marketing/activity/{activity_id}/shop/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityShopBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityShopBatchquery, { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" });
 * ```
 */
export const alipayMarketingActivityShopBatchquery: ApiDefinition<"alipay.marketing.activity.shop.batchquery", AlipayMarketingActivityShopBatchqueryRequest, AlipayMarketingActivityShopBatchqueryResult, AlipayMarketingActivityShopBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.shop.batchquery",
  { verb: 'GET', path: "/v3/alipay/marketing/activity/{activity_id}/shop/batchquery", query: ["merchant_id", "page_num", "page_size", "product_version", "merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_id: 0, page_num: 1, page_size: 1, product_version: 0, merchant_access_mode: 0 }),
  () => ({ activity_id: 0, page_num: 1, page_size: 1, shop_infos: [ActivityShopInfoShape], total_size: 1 }),
);
