// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.offline.market.shop.querydetail` (GET /v3/alipay/offline/market/shop/querydetail: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOfflineMarketShopQuerydetailRequest = { shop_id: "2015052100077000000000120773", op_role: "MERCHANT或PROVIDER" };
 * ```
 */
export interface AlipayOfflineMarketShopQuerydetailRequest {
  /** A query parameter (v3). */
  shop_id?: string;
  /** A query parameter (v3). */
  op_role?: string;
}

/**
 * The result of `alipay.offline.market.shop.querydetail`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOfflineMarketShopQuerydetailResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOfflineMarketShopQuerydetailResult {
  address?: string;
  audit_desc?: string;
  audit_images?: string;
  audit_status?: string;
  auth_letter?: string;
  avg_price?: string;
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
  create_channel?: string;
  district_code?: string;
  gmt_shop_create?: string;
  gmt_shop_modified?: string;
  implement_id?: string;
  is_online?: string;
  is_operating_online?: string;
  is_show?: string;
  isv_uid?: string;
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
  online_image?: string;
  operate_notify_url?: string;
  other_auth_images?: string;
  parking?: string;
  partner_id?: string;
  pay_type?: string;
  payment_account?: string;
  pic_coll?: string;
  processed_qr_code?: string;
  provider_xiaoer_uid?: string;
  province_code?: string;
  qr_code?: string;
  shop_tags?: string;
  store_id?: string;
  value_added?: string;
  wifi?: string;
}

/**
 * The error codes of `alipay.offline.market.shop.querydetail` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOfflineMarketShopQuerydetailErrorCode = "INVALID_PARAM";
 * ```
 */
export type AlipayOfflineMarketShopQuerydetailErrorCode = "INVALID_PARAM" | "SYSTEM_ERROR" | "INVALID_SHOPID" | "NO_PROVIDER_SHOP_RELATION";

/**
 * `alipay.offline.market.shop.querydetail`: GET /v3/alipay/offline/market/shop/querydetail over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOfflineMarketShopQuerydetail } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOfflineMarketShopQuerydetail, { shop_id: "2015052100077000000000120773", op_role: "MERCHANT或PROVIDER" });
 * ```
 */
export const alipayOfflineMarketShopQuerydetail: ApiDefinition<"alipay.offline.market.shop.querydetail", AlipayOfflineMarketShopQuerydetailRequest, AlipayOfflineMarketShopQuerydetailResult, AlipayOfflineMarketShopQuerydetailErrorCode> = /* @__PURE__ */ operation(
  "alipay.offline.market.shop.querydetail",
  { verb: 'GET', query: ["shop_id", "op_role"] },
  () => ({ shop_id: 0, op_role: 0 }),
  () => ({ address: 0, audit_desc: 0, audit_images: 0, audit_status: 0, auth_letter: 0, avg_price: 0, box: 0, branch_shop_name: 0, brand_logo: 0, brand_name: 0, business_certificate: 0, business_certificate_expires: 0, business_time: 0, category_id: 0, city_code: 0, contact_number: 0, create_channel: 0, district_code: 0, gmt_shop_create: 0, gmt_shop_modified: 0, implement_id: 0, is_online: 0, is_operating_online: 0, is_show: 0, isv_uid: 0, latitude: 0, licence: 0, licence_code: 0, licence_expires: 0, licence_name: 0, longitude: 0, main_image: 0, main_shop_name: 0, no_smoking: 0, notify_mobile: 0, online_image: 0, operate_notify_url: 0, other_auth_images: 0, parking: 0, partner_id: 0, pay_type: 0, payment_account: 0, pic_coll: 0, processed_qr_code: 0, provider_xiaoer_uid: 0, province_code: 0, qr_code: 0, shop_tags: 0, store_id: 0, value_added: 0, wifi: 0 }),
);
