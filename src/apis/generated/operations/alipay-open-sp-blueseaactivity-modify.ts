// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.blueseaactivity.modify` (POST /v3/alipay/open/sp/blueseaactivity/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpBlueseaactivityModifyRequest = { address: '…', business_lic: '…' };
 * ```
 */
export interface AlipayOpenSpBlueseaactivityModifyRequest {
  address?: string;
  business_lic?: string;
  city_code?: string;
  district_code?: string;
  food_business_lic?: string;
  food_circulate_lic?: string;
  food_health_lic?: string;
  food_production_lic?: string;
  food_service_lic?: string;
  indoor_pic?: string;
  order_id?: string;
  province_code?: string;
  shop_entrance_pic?: string;
  tobacco_lic?: string;
}

/**
 * The result of `alipay.open.sp.blueseaactivity.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpBlueseaactivityModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenSpBlueseaactivityModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.sp.blueseaactivity.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpBlueseaactivityModifyErrorCode = "ILLEGAL_PARAMS";
 * ```
 */
export type AlipayOpenSpBlueseaactivityModifyErrorCode = "ILLEGAL_PARAMS" | "ACTIVITY_APPLYORDER_NOTEXIST" | "MERCHANT_ACTIVITY_APPLIED" | "BLUESEA_MCC_LIMITED" | "BLUESEA_QUALIFICATIONLICENSE_INCOMPLETE" | "BLUESEA_ADDRESS_INCOMPLETE" | "SYSTEM_ERROR" | "ACTIVITY_APPLYORDER_CANNOTEDIT" | "NO_PERMISSION" | "BLUESEA_ORDER_INVALID";

/**
 * `alipay.open.sp.blueseaactivity.modify`: POST /v3/alipay/open/sp/blueseaactivity/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpBlueseaactivityModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpBlueseaactivityModify, { address: '…', business_lic: '…' });
 * ```
 */
export const alipayOpenSpBlueseaactivityModify: ApiDefinition<"alipay.open.sp.blueseaactivity.modify", AlipayOpenSpBlueseaactivityModifyRequest, AlipayOpenSpBlueseaactivityModifyResult, AlipayOpenSpBlueseaactivityModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.blueseaactivity.modify",
  'POST',
  () => ({ address: 0, business_lic: 0, city_code: 0, district_code: 0, food_business_lic: 0, food_circulate_lic: 0, food_health_lic: 0, food_production_lic: 0, food_service_lic: 0, indoor_pic: 0, order_id: 0, province_code: 0, shop_entrance_pic: 0, tobacco_lic: 0 }),
  () => ({}),
);
