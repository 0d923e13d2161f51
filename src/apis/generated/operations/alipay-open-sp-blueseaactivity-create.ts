// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.blueseaactivity.create` (POST /v3/alipay/open/sp/blueseaactivity/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpBlueseaactivityCreateRequest = { address: '…', biz_scene: '…' };
 * ```
 */
export interface AlipayOpenSpBlueseaactivityCreateRequest {
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
  merchant_logon?: string;
  province_code?: string;
  shop_entrance_pic?: string;
  sub_merchant_id?: string;
  tobacco_lic?: string;
}

/**
 * The result of `alipay.open.sp.blueseaactivity.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpBlueseaactivityCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpBlueseaactivityCreateResult {
  order_id?: string;
}

/**
 * The error codes of `alipay.open.sp.blueseaactivity.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpBlueseaactivityCreateErrorCode = "ILLEGAL_PARAMS";
 * ```
 */
export type AlipayOpenSpBlueseaactivityCreateErrorCode = "ILLEGAL_PARAMS" | "BLUESEA_BIZSCENE_ILLEGAL" | "ALIPAY_LOGON_INVALID" | "ACTIVITY_APPLYORDER_EXIST" | "MERCHANT_INVALID" | "RELATION_CHECK_FAILED" | "MERCHANT_ACTIVITY_APPLIED" | "BLUESEA_MCC_LIMITED" | "BLUESEA_QUALIFICATIONLICENSE_INCOMPLETE" | "BLUESEA_ADDRESS_INCOMPLETE" | "SYSTEM_ERROR" | "INDIRECT_MERCHANT_NOTEXIST" | "INDIRECT_RELATION_NOTEXIST" | "INDIRECT_MERCHANT_NOTDIRECT";

/**
 * `alipay.open.sp.blueseaactivity.create`: POST /v3/alipay/open/sp/blueseaactivity/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpBlueseaactivityCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpBlueseaactivityCreate, { address: '…', biz_scene: '…' });
 * ```
 */
export const alipayOpenSpBlueseaactivityCreate: ApiDefinition<"alipay.open.sp.blueseaactivity.create", AlipayOpenSpBlueseaactivityCreateRequest, AlipayOpenSpBlueseaactivityCreateResult, AlipayOpenSpBlueseaactivityCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.blueseaactivity.create",
  'POST',
  () => ({ address: 0, biz_scene: 0, business_lic: 0, city_code: 0, district_code: 0, food_business_lic: 0, food_circulate_lic: 0, food_health_lic: 0, food_production_lic: 0, food_service_lic: 0, indoor_pic: 0, merchant_logon: 0, province_code: 0, shop_entrance_pic: 0, sub_merchant_id: 0, tobacco_lic: 0 }),
  () => ({ order_id: 0 }),
);
