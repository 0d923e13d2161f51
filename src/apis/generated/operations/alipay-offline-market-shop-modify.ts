// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.offline.market.shop.modify` (POST /v3/alipay/offline/market/shop/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMarketShopModifyRequest = { address: '…', audit_images: '…' };
 * ```
 */
export interface AlipayOfflineMarketShopModifyRequest {
  address?: string;
  audit_images?: string;
  auth_letter?: string;
  avg_price?: string;
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
  district_code?: string;
  implement_id?: string;
  is_operating_online?: string;
  is_show?: string;
  latitude?: string;
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
  op_id?: string;
  op_role?: string;
  operate_notify_url?: string;
  other_authorization?: string;
  parking?: string;
  partner_id?: string;
  pay_type?: string;
  province_code?: string;
  request_id?: string;
  shop_id?: string;
  store_id?: string;
  value_added?: string;
  version?: string;
  wifi?: string;
}

/**
 * The result of `alipay.offline.market.shop.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMarketShopModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMarketShopModifyResult {
  apply_id?: string;
  audit_desc?: string;
  audit_status?: string;
  is_online?: string;
  is_show?: string;
}

/**
 * The error codes of `alipay.offline.market.shop.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMarketShopModifyErrorCode = "SHOP_MODIFY_SYSTEM_ERROR";
 * ```
 */
export type AlipayOfflineMarketShopModifyErrorCode = "SHOP_MODIFY_SYSTEM_ERROR" | "SHOP_MODIFY_INVALID_PARAM" | "SHOP_MODIFY_UNIQUE_CONSTRAINT_SHOP_ERROR" | "SHOP_MODIFY_UNIQUE_CONSTRAINT_IMPLEMENTID_ERROR" | "SHOP_MODIFY_UNIQUE_CONSTRAINT_OUTSHOPID_ERROR" | "SHOP_MODIFY_CATOGORY_NOT_EXISTS" | "SHOP_MODIFY_NO_CONTRACT" | "SHOP_MODIFY_NO_PROVIDER_CONTRACT" | "SHOP_MODIFY_NO_PROVIDER_MERCHANT_RELATION" | "SHOP_MODIFY_SHOP_JUDGE_FAIL" | "SHOP_MODIFY_NO_PROVIDER_SHOP_RELATION" | "SHOP_MODIFY_LICENSE_EXPIRES" | "SHOP_MODIFY_SHOP_NOT_EXISTS" | "LICENSE_IS_REQUIRED" | "CERTIFICATE_IS_REQUIRED" | "SHOP_CATEGORY_NOT_MATCH_CITY" | "BRAND_CATEGORY_NOT_MATCH" | "IMPLEMENT_ID_INVALID" | "EXIST_FORBIDDEN_WORD" | "MERCHANT_NOT_EXIST" | "LICENSE_CODE_REPEAT_ERROR" | "SHOP_CTU_RISK" | "SHOP_STATUS_CANOT_MODIFY" | "SHOP_BRAND_PROTECTED" | "PROVINCE_CITY_CANOT_MODIFY" | "CATEGORY_CANOT_MODIFY" | "NOT_ALLOWED_CONCURRENT_MODIFY" | "SHOP_MODIFY_LICENSE_PRINCIPAL_NOT_MATCH" | "SHOP_MODIFY_LOCATION_VALIDATE_FAIL" | "AREA_CAN_NOT_NULL" | "AREA_NOT_LEGALITY" | "LICENSE_NO_RULE_ERROR" | "BUSINESS_TIME_RULE_ERROR" | "OUT_SHOP_ID_RULE_ERROR" | "VALIDITYDATE_RULE_ERROR";

/**
 * `alipay.offline.market.shop.modify`: POST /v3/alipay/offline/market/shop/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOfflineMarketShopModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMarketShopModify, { address: '…', audit_images: '…' });
 * ```
 */
export const alipayOfflineMarketShopModify: ApiDefinition<"alipay.offline.market.shop.modify", AlipayOfflineMarketShopModifyRequest, AlipayOfflineMarketShopModifyResult, AlipayOfflineMarketShopModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.market.shop.modify",
  'POST',
  () => ({ address: 0, audit_images: 0, auth_letter: 0, avg_price: 0, biz_version: 0, box: 0, branch_shop_name: 0, brand_logo: 0, brand_name: 0, business_certificate: 0, business_certificate_expires: 0, business_time: 0, category_id: 0, city_code: 0, contact_number: 0, district_code: 0, implement_id: 0, is_operating_online: 0, is_show: 0, latitude: 0, licence: 0, licence_code: 0, licence_expires: 0, licence_name: 0, longitude: 0, main_image: 0, main_shop_name: 0, no_smoking: 0, notify_mobile: 0, notify_url: 0, online_image: 0, online_url: 0, op_id: 0, op_role: 0, operate_notify_url: 0, other_authorization: 0, parking: 0, partner_id: 0, pay_type: 0, province_code: 0, request_id: 0, shop_id: 0, store_id: 0, value_added: 0, version: 0, wifi: 0 }),
  () => ({ apply_id: 0, audit_desc: 0, audit_status: 0, is_online: 0, is_show: 0 }),
);
