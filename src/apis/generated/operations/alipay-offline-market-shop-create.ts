// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.offline.market.shop.create` (POST /v3/alipay/offline/market/shop/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMarketShopCreateRequest = { address: '…', audit_images: '…' };
 * ```
 */
export interface AlipayOfflineMarketShopCreateRequest {
  address?: string;
  audit_images?: string;
  auth_letter?: string;
  biz_version?: string;
  box?: string;
  branch_shop_name?: string;
  brand_logo?: string;
  brand_name?: string;
  business_certificate?: string;
  business_certificate_expires?: string;
  business_time?: string;
  category_id?: string;
  city_code?: string;
  contact_number?: string;
  creator?: string;
  district_code?: string;
  enterprise_logon_id?: string;
  enterprise_name?: string;
  implement_id?: string;
  is_operating_online?: string;
  isv_uid?: string;
  latitude?: string;
  leads_id?: string;
  licence?: string;
  licence_code?: string;
  licence_expires?: string;
  licence_name?: string;
  longitude?: string;
  main_image?: string;
  main_shop_name?: string;
  no_smoking?: string;
  notify_mobile?: string;
  notify_url?: string;
  online_image?: string;
  online_url?: string;
  op_role?: string;
  operate_notify_url?: string;
  other_authorization?: string;
  parking?: string;
  partner_id?: string;
  pay_type?: string;
  province_code?: string;
  ref_apply_id?: string;
  request_id?: string;
  store_id?: string;
  value_added?: string;
  version?: string;
  wifi?: string;
}

/**
 * The result of `alipay.offline.market.shop.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMarketShopCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMarketShopCreateResult {
  apply_id?: string;
  audit_desc?: string;
  audit_status?: string;
  is_online?: string;
  is_show?: string;
  rate?: string;
  result_code?: string;
  shop_id?: string;
}

/**
 * The error codes of `alipay.offline.market.shop.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMarketShopCreateErrorCode = "SHOP_CREATE_SYSTEM_ERROR";
 * ```
 */
export type AlipayOfflineMarketShopCreateErrorCode = "SHOP_CREATE_SYSTEM_ERROR" | "SHOP_CREATE_INVALID_PARAM" | "SHOP_CREATE_UNIQUE_CONSTRAINT_SHOP_ERROR" | "SHOP_CREATE_UNIQUE_CONSTRAINT_IMPLEMENTID_ERROR" | "SHOP_CREATE_UNIQUE_CONSTRAINT_OUTSHOPID_ERROR" | "SHOP_CREATE_CATOGORY_NOT_EXISTS" | "SHOP_CREATE_NO_CONTRACT" | "SHOP_CREATE_NO_PROVIDER_CONTRACT" | "SHOP_CREATE_NO_PROVIDER_MERCHANT_RELATION" | "SHOP_CREATE_INVALID_PROVIDER_STAFF" | "SHOP_CREATE_SHOP_JUDGE_FAIL" | "SHOP_CREATE_LICENSE_EXPIRES" | "SHOP_CREATE_CTU_FAIL" | "LICENSE_IS_REQUIRED" | "CERTIFICATE_IS_REQUIRED" | "SHOP_CATEGORY_NOT_MATCH_CITY" | "BRAND_CATEGORY_NOT_MATCH" | "IMPLEMENT_ID_INVALID" | "EXIST_FORBIDDEN_WORD" | "MERCHANT_NOT_EXIST" | "LICENSE_CODE_REPEAT_ERROR" | "SHOP_CREATE_LICENSE_PRINCIPAL_NOT_MATCH" | "SHOP_CREATE_LOCATION_VALIDATE_FAIL" | "MERCHANT_NOT_A_CERTIFIED" | "SHOP_CREATE_REPEAT_REQUEST" | "MERCHANT_CAN_NOT_SIGN_KOUBEI" | "AREA_CAN_NOT_NULL" | "AREA_NOT_LEGALITY" | "LICENSE_NO_RULE_ERROR" | "BUSINESS_TIME_RULE_ERROR" | "OUT_SHOP_ID_RULE_ERROR" | "VALIDITYDATE_RULE_ERROR" | "RATE_STANDARD_NOT_EXIST" | "RATE_EXCEED_STANDARD_RANGE" | "SUBJECT_NO_SUPPORT_RATE" | "RATE_PATTERN_ERROR" | "RATE_PAY_CATEGORY_ERROR";

/**
 * `alipay.offline.market.shop.create`: POST /v3/alipay/offline/market/shop/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOfflineMarketShopCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMarketShopCreate, { address: '…', audit_images: '…' });
 * ```
 */
export const alipayOfflineMarketShopCreate: ApiDefinition<"alipay.offline.market.shop.create", AlipayOfflineMarketShopCreateRequest, AlipayOfflineMarketShopCreateResult, AlipayOfflineMarketShopCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.market.shop.create",
  'POST',
  () => ({ address: 0, audit_images: 0, auth_letter: 0, biz_version: 0, box: 0, branch_shop_name: 0, brand_logo: 0, brand_name: 0, business_certificate: 0, business_certificate_expires: 0, business_time: 0, category_id: 0, city_code: 0, contact_number: 0, creator: 0, district_code: 0, enterprise_logon_id: 0, enterprise_name: 0, implement_id: 0, is_operating_online: 0, isv_uid: 0, latitude: 0, leads_id: 0, licence: 0, licence_code: 0, licence_expires: 0, licence_name: 0, longitude: 0, main_image: 0, main_shop_name: 0, no_smoking: 0, notify_mobile: 0, notify_url: 0, online_image: 0, online_url: 0, op_role: 0, operate_notify_url: 0, other_authorization: 0, parking: 0, partner_id: 0, pay_type: 0, province_code: 0, ref_apply_id: 0, request_id: 0, store_id: 0, value_added: 0, version: 0, wifi: 0 }),
  () => ({ apply_id: 0, audit_desc: 0, audit_status: 0, is_online: 0, is_show: 0, rate: 0, result_code: 0, shop_id: 0 }),
);
