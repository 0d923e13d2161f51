// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AddressInfo, AddressInfoShape } from '../models/AddressInfo.ts';
import { type ComplexBusinessTime, ComplexBusinessTimeShape } from '../models/ComplexBusinessTime.ts';
import { type ContactInfo, ContactInfoShape } from '../models/ContactInfo.ts';
import { type IndustryQualificationInfo, IndustryQualificationInfoShape } from '../models/IndustryQualificationInfo.ts';
import { type MerchantShopIndustryInfo, MerchantShopIndustryInfoShape } from '../models/MerchantShopIndustryInfo.ts';
import { type ShopBusinessTime, ShopBusinessTimeShape } from '../models/ShopBusinessTime.ts';
import { type ShopExtInfo, ShopExtInfoShape } from '../models/ShopExtInfo.ts';
import { type ShopIndustryLicense, ShopIndustryLicenseShape } from '../models/ShopIndustryLicense.ts';

/**
 * The request of `ant.merchant.expand.shop.query` (GET /v3/ant/merchant/shop: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandShopQueryRequest = { shop_id: "2018011900502000000005124744", store_id: "NO0001" };
 * ```
 */
export interface AntMerchantExpandShopQueryRequest {
  /** A query parameter (v3). */
  shop_id?: string;
  /** A query parameter (v3). */
  store_id?: string;
  /** A query parameter (v3). */
  ip_role_id?: string;
  /** A query parameter (v3). */
  address_version?: string;
  /** A query parameter (v3). */
  need_recommend?: string;
  /** A query parameter (v3). */
  need_industry_info?: string;
  /** A query parameter (v3). */
  need_industry_license?: string;
}

/**
 * The result of `ant.merchant.expand.shop.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandShopQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandShopQueryResult {
  alipay_poiid?: string;
  brand_id?: string;
  business_address?: AddressInfo;
  business_time?: ShopBusinessTime[];
  cert_image?: string;
  cert_name?: string;
  cert_no?: string;
  cert_type?: string;
  contact_infos?: ContactInfo[];
  contact_mobile?: string;
  contact_phone?: string;
  ext_infos?: ShopExtInfo[];
  industry_info?: MerchantShopIndustryInfo[];
  industry_license?: ShopIndustryLicense[];
  ip_role_id?: string;
  legal_cert_no?: string;
  legal_name?: string;
  license_auth_letter_image?: string;
  memo?: string;
  new_business_time?: ComplexBusinessTime[];
  new_shop_category?: string;
  out_door_images?: string[];
  qualifications?: IndustryQualificationInfo[];
  scene?: string;
  settle_alipay_logon_id?: string;
  shop_category?: string;
  shop_id?: string;
  shop_info_status?: string;
  shop_main_type?: string;
  shop_name?: string;
  shop_recommend_info?: ShopRecommendInfo;
  shop_type?: string;
  store_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.shop.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandShopQueryErrorCode = "MER_ARGUMENT_NULL";
 * ```
 */
export type AntMerchantExpandShopQueryErrorCode = "MER_ARGUMENT_NULL" | "SHOP_NOT_EXIST" | "RELATION_NOT_EXIST" | "NOT_ALLOWED_SETTLE" | "MERCHANT_NOT_EXIST" | "ADDRESS_VERSION_CODE_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `ShopRecommendInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.query`).
 *
 * @example
 * ```ts
 * const value: ShopRecommendInfo = { recommend: '…', recommend_address: '…' };
 * ```
 */
export interface ShopRecommendInfo {
  recommend?: string;
  recommend_address?: string;
  recommend_latitude?: string;
  recommend_longtitude?: string;
  recommend_name?: string;
  unconfidence_reason?: string;
}
const ShopRecommendInfoShape = (): object => ({ recommend: 0, recommend_address: 0, recommend_latitude: 0, recommend_longtitude: 0, recommend_name: 0, unconfidence_reason: 0 });

/**
 * `ant.merchant.expand.shop.query`: GET /v3/ant/merchant/shop over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandShopQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandShopQuery, { shop_id: "2018011900502000000005124744", store_id: "NO0001" });
 * ```
 */
export const antMerchantExpandShopQuery: ApiDefinition<"ant.merchant.expand.shop.query", AntMerchantExpandShopQueryRequest, AntMerchantExpandShopQueryResult, AntMerchantExpandShopQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.shop.query",
  { verb: 'GET', path: "/v3/ant/merchant/shop", query: ["shop_id", "store_id", "ip_role_id", "address_version", "need_recommend", "need_industry_info", "need_industry_license"] },
  () => ({ shop_id: 0, store_id: 0, ip_role_id: 0, address_version: 0, need_recommend: 0, need_industry_info: 0, need_industry_license: 0 }),
  () => ({ alipay_poiid: 0, brand_id: 0, business_address: AddressInfoShape, business_time: [ShopBusinessTimeShape], cert_image: 0, cert_name: 0, cert_no: 0, cert_type: 0, contact_infos: [ContactInfoShape], contact_mobile: 0, contact_phone: 0, ext_infos: [ShopExtInfoShape], industry_info: [MerchantShopIndustryInfoShape], industry_license: [ShopIndustryLicenseShape], ip_role_id: 0, legal_cert_no: 0, legal_name: 0, license_auth_letter_image: 0, memo: 0, new_business_time: [ComplexBusinessTimeShape], new_shop_category: 0, out_door_images: [0], qualifications: [IndustryQualificationInfoShape], scene: 0, settle_alipay_logon_id: 0, shop_category: 0, shop_id: 0, shop_info_status: 0, shop_main_type: 0, shop_name: 0, shop_recommend_info: ShopRecommendInfoShape, shop_type: 0, store_id: 0 }),
);
