// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.logistics.waybill.istddetail.query` (GET /v3/alipay/commerce/logistics/waybill/istddetail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceLogisticsWaybillIstddetailQueryRequest = { shop_no: "shopno001", out_order_no: "2020090411140000000000777000216122" };
 * ```
 */
export interface AlipayCommerceLogisticsWaybillIstddetailQueryRequest {
  /** A query parameter (v3). */
  shop_no?: string;
  /** A query parameter (v3). */
  out_order_no?: string;
  /** A query parameter (v3). */
  order_no?: string;
  /** A query parameter (v3). */
  logistics_code?: string;
  /** A query parameter (v3). */
  waybill_no?: string;
}

/**
 * The result of `alipay.commerce.logistics.waybill.istddetail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceLogisticsWaybillIstddetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceLogisticsWaybillIstddetailQueryResult {
  reach_duration?: number;
  rider_lat?: string;
  rider_lng?: string;
  rider_mobile_no?: string;
  rider_name?: string;
  rider_poi_link?: string;
  status?: string;
}

/**
 * The error codes of `alipay.commerce.logistics.waybill.istddetail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceLogisticsWaybillIstddetailQueryErrorCode = "PARAM_ILLEGAL";
 * ```
 */
export type AlipayCommerceLogisticsWaybillIstddetailQueryErrorCode = "PARAM_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `alipay.commerce.logistics.waybill.istddetail.query`: GET /v3/alipay/commerce/logistics/waybill/istddetail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceLogisticsWaybillIstddetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceLogisticsWaybillIstddetailQuery, { shop_no: "shopno001", out_order_no: "2020090411140000000000777000216122" });
 * ```
 */
export const alipayCommerceLogisticsWaybillIstddetailQuery: ApiDefinition<"alipay.commerce.logistics.waybill.istddetail.query", AlipayCommerceLogisticsWaybillIstddetailQueryRequest, AlipayCommerceLogisticsWaybillIstddetailQueryResult, AlipayCommerceLogisticsWaybillIstddetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.logistics.waybill.istddetail.query",
  { verb: 'GET', query: ["shop_no", "out_order_no", "order_no", "logistics_code", "waybill_no"] },
  () => ({ shop_no: 0, out_order_no: 0, order_no: 0, logistics_code: 0, waybill_no: 0 }),
  () => ({ reach_duration: 1, rider_lat: 0, rider_lng: 0, rider_mobile_no: 0, rider_name: 0, rider_poi_link: 0, status: 0 }),
);
