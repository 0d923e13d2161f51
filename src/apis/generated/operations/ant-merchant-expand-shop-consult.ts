// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AddressInfo, AddressInfoShape } from '../models/AddressInfo.ts';
import { type ContactInfo, ContactInfoShape } from '../models/ContactInfo.ts';
import { type IndustryQualificationInfo, IndustryQualificationInfoShape } from '../models/IndustryQualificationInfo.ts';
import { type SettleCardInfo, SettleCardInfoShape } from '../models/SettleCardInfo.ts';
import { type ShopBusinessTime, ShopBusinessTimeShape } from '../models/ShopBusinessTime.ts';
import { type ShopExtInfo, ShopExtInfoShape } from '../models/ShopExtInfo.ts';

/**
 * The request of `ant.merchant.expand.shop.consult` (POST /v3/ant/merchant/expand/shop/consult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandShopConsultRequest = { brand_id: '…', cert_image: '…' };
 * ```
 */
export interface AntMerchantExpandShopConsultRequest {
  biz_cards?: SettleCardInfo[];
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
  ip_role_id?: string;
  legal_cert_no?: string;
  legal_name?: string;
  license_auth_letter_image?: string;
  memo?: string;
  out_door_images?: string;
  qualifications?: IndustryQualificationInfo[];
  scene?: string;
  settle_alipay_logon_id?: string;
  shop_category?: string;
  shop_name?: string;
  shop_type?: string;
  store_id?: string;
}

/**
 * The result of `ant.merchant.expand.shop.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandShopConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandShopConsultResult {
  account_audit?: boolean;
  order_id?: string;
  risk_audit?: boolean;
}

/**
 * The error codes of `ant.merchant.expand.shop.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandShopConsultErrorCode = "NOT_ALLOWED_SETTLE";
 * ```
 */
export type AntMerchantExpandShopConsultErrorCode = "NOT_ALLOWED_SETTLE" | "SHOP_CATEGORY_IS_ILLEGAL" | "ISV_NOT_EXIST" | "SHOP_ACCOUNT_NO_IS_ILLEGAL" | "SHOP_SHOPNO_IS_EMPTY" | "INDUSTRY_QUALIFICATION_IS_EMPTY" | "SETTLED_OUTDOORIMAGE_EMPTY" | "SHOP_SHOPNAME_IS_EMPTY" | "SETTLED_BIZ_ADDRESS_ILLEGAL" | "SHOP_CATEGORY_IS_EMPTY" | "CONTACT_WAY_VALUE_NULL" | "ADDRESS_PROVINCE_CODE_ILLEGAL" | "ADDRESS_CITY_CODE_ILLEGAL" | "ADDRESS_DISTRICT_CODE_ILLEGAL" | "SHOP_ALREADY_EXIST" | "GONGAN_CHECK_FAIL" | "GONGSHANG_CHECK_FAIL" | "MERCHANT_INPUT_ARGUMENT_ILLEGAL" | "BRAND_ILLEGAL" | "CONTACT_PERSON_NAME_NULL" | "USER_ILLEGAL" | "PROFILE_KEY_ILLEGAL" | "SETTLED_BANKCARD_NO_IS_EMPTY" | "SETTLED_ACCOUNTHOLDERNAME_EMPTY" | "SETTLED_ACCOUNTBRANCHNAME_EMPTY" | "SETTLED_ACCOUNTINSTNAME_EMPTY" | "SETTLED_USAGETYPE_IS_EMPTY" | "BANK_BRANCH_NAME_ILLEGAL" | "SETTLED_USAGETYPE_ILLEGAL" | "SETTLED_CARD_ACCOUNTINSTID_EMPTY" | "SETTLED_CARD_ACCOUNTTYPE_EMPTY" | "BANK_ACCOUNTINSTID_ILLEGAL" | "SETTLED_CARD_ACCOUNTTYPE_ILLEGAL" | "BANK_ACCOUNTINSTNAME_ILLEGAL" | "SHOP_CODE_ALREADY_EXIST" | "SYSTEM_ERROR" | "SETTLED_ALIPAYACCOUNT_NOT_EXIST";

/**
 * `ant.merchant.expand.shop.consult`: POST /v3/ant/merchant/expand/shop/consult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandShopConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandShopConsult, { brand_id: '…', cert_image: '…' });
 * ```
 */
export const antMerchantExpandShopConsult: ApiDefinition<"ant.merchant.expand.shop.consult", AntMerchantExpandShopConsultRequest, AntMerchantExpandShopConsultResult, AntMerchantExpandShopConsultErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.shop.consult",
  'POST',
  () => ({ biz_cards: [SettleCardInfoShape], brand_id: 0, business_address: AddressInfoShape, business_time: [ShopBusinessTimeShape], cert_image: 0, cert_name: 0, cert_no: 0, cert_type: 0, contact_infos: [ContactInfoShape], contact_mobile: 0, contact_phone: 0, ext_infos: [ShopExtInfoShape], ip_role_id: 0, legal_cert_no: 0, legal_name: 0, license_auth_letter_image: 0, memo: 0, out_door_images: 0, qualifications: [IndustryQualificationInfoShape], scene: 0, settle_alipay_logon_id: 0, shop_category: 0, shop_name: 0, shop_type: 0, store_id: 0 }),
  () => ({ account_audit: 2, order_id: 0, risk_audit: 2 }),
);
