// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type LogisticsShopStatusDTO, LogisticsShopStatusDTOShape } from '../models/LogisticsShopStatusDTO.ts';

/**
 * The request of `alipay.open.instantdelivery.merchantshop.query` (GET /v3/alipay/open/instantdelivery/merchantshop/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInstantdeliveryMerchantshopQueryRequest = { shop_no: "1000" };
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopQueryRequest {
  /** A query parameter (v3). */
  shop_no?: string;
}

/**
 * The result of `alipay.open.instantdelivery.merchantshop.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInstantdeliveryMerchantshopQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopQueryResult {
  contact_name?: string;
  detail_address?: string;
  enterprise_city?: string;
  enterprise_district?: string;
  enterprise_province?: string;
  latitude?: string;
  logistics_shop_status?: LogisticsShopStatusDTO[];
  longitude?: string;
  phone?: string;
  poiid?: string;
  shop_category?: string;
  shop_name?: string;
  shop_no?: string;
}

/**
 * The error codes of `alipay.open.instantdelivery.merchantshop.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInstantdeliveryMerchantshopQueryErrorCode = "UNKNOWN_EXCEPTION";
 * ```
 */
export type AlipayOpenInstantdeliveryMerchantshopQueryErrorCode = "UNKNOWN_EXCEPTION" | "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `alipay.open.instantdelivery.merchantshop.query`: GET /v3/alipay/open/instantdelivery/merchantshop/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInstantdeliveryMerchantshopQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInstantdeliveryMerchantshopQuery, { shop_no: "1000" });
 * ```
 */
export const alipayOpenInstantdeliveryMerchantshopQuery: ApiDefinition<"alipay.open.instantdelivery.merchantshop.query", AlipayOpenInstantdeliveryMerchantshopQueryRequest, AlipayOpenInstantdeliveryMerchantshopQueryResult, AlipayOpenInstantdeliveryMerchantshopQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.instantdelivery.merchantshop.query",
  { verb: 'GET', query: ["shop_no"] },
  () => ({ shop_no: 0 }),
  () => ({ contact_name: 0, detail_address: 0, enterprise_city: 0, enterprise_district: 0, enterprise_province: 0, latitude: 0, logistics_shop_status: [LogisticsShopStatusDTOShape], longitude: 0, phone: 0, poiid: 0, shop_category: 0, shop_name: 0, shop_no: 0 }),
);
