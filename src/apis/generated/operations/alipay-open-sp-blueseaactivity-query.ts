// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.blueseaactivity.query` (GET /v3/alipay/open/sp/blueseaactivity/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpBlueseaactivityQueryRequest = { order_id: "5881" };
 * ```
 */
export interface AlipayOpenSpBlueseaactivityQueryRequest {
  /** A query parameter (v3). */
  order_id?: string;
}

/**
 * The result of `alipay.open.sp.blueseaactivity.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpBlueseaactivityQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpBlueseaactivityQueryResult {
  address?: string;
  biz_scene?: string;
  business_lic?: string;
  city_code?: string;
  district_code?: string;
  food_business_lic?: string;
  food_circulate_lic?: string;
  food_health_lic?: string;
  food_production_lic?: string;
  food_service_lic?: string;
  indoor_pic?: string;
  memo?: string;
  merchant_logon?: string;
  province_code?: string;
  shop_entrance_pic?: string;
  status?: string;
  sub_merchant_id?: string;
  tobacco_lic?: string;
}

/**
 * The error codes of `alipay.open.sp.blueseaactivity.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpBlueseaactivityQueryErrorCode = "ILLEGAL_PARAMS";
 * ```
 */
export type AlipayOpenSpBlueseaactivityQueryErrorCode = "ILLEGAL_PARAMS" | "SYSTEM_ERROR" | "NO_PERMISSION" | "BLUESEA_ORDER_INVALID";

/**
 * `alipay.open.sp.blueseaactivity.query`: GET /v3/alipay/open/sp/blueseaactivity/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpBlueseaactivityQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpBlueseaactivityQuery, { order_id: "5881" });
 * ```
 */
export const alipayOpenSpBlueseaactivityQuery: ApiDefinition<"alipay.open.sp.blueseaactivity.query", AlipayOpenSpBlueseaactivityQueryRequest, AlipayOpenSpBlueseaactivityQueryResult, AlipayOpenSpBlueseaactivityQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.blueseaactivity.query",
  { verb: 'GET', query: ["order_id"] },
  () => ({ order_id: 0 }),
  () => ({ address: 0, biz_scene: 0, business_lic: 0, city_code: 0, district_code: 0, food_business_lic: 0, food_circulate_lic: 0, food_health_lic: 0, food_production_lic: 0, food_service_lic: 0, indoor_pic: 0, memo: 0, merchant_logon: 0, province_code: 0, shop_entrance_pic: 0, status: 0, sub_merchant_id: 0, tobacco_lic: 0 }),
);
