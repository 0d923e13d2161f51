// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AddressInfo, AddressInfoShape } from '../models/AddressInfo.ts';
import { type ComplexBusinessTime, ComplexBusinessTimeShape } from '../models/ComplexBusinessTime.ts';
import { type ContactInfo, ContactInfoShape } from '../models/ContactInfo.ts';
import { type IndustryQualificationInfo, IndustryQualificationInfoShape } from '../models/IndustryQualificationInfo.ts';
import { type MerchantShopIndustryInfo, MerchantShopIndustryInfoShape } from '../models/MerchantShopIndustryInfo.ts';
import { type SettleCardInfo, SettleCardInfoShape } from '../models/SettleCardInfo.ts';
import { type ShopBusinessTime, ShopBusinessTimeShape } from '../models/ShopBusinessTime.ts';
import { type ShopExtInfo, ShopExtInfoShape } from '../models/ShopExtInfo.ts';
import { type ShopIndustryLicense, ShopIndustryLicenseShape } from '../models/ShopIndustryLicense.ts';

/**
 * The request of `ant.merchant.expand.shop.create` (POST /v3/ant/merchant/shop: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandShopCreateRequest = { brand_id: '…', cert_image: '…' };
 * ```
 */
export interface AntMerchantExpandShopCreateRequest {
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
  cover?: string;
  ext_infos?: ShopExtInfo[];
  industry_info?: MerchantShopIndustryInfo[];
  industry_license?: ShopIndustryLicense[];
  ip_role_id?: string;
  legal_cert_no?: string;
  legal_name?: string;
  license_auth_letter_image?: string;
  memo?: string;
  new_business_time?: ComplexBusinessTime[];
  out_door_images?: string[];
  qualifications?: IndustryQualificationInfo[];
  scene?: string;
  settle_alipay_logon_id?: string;
  shop_category?: string;
  shop_main_type?: string;
  shop_name?: string;
  shop_type?: string;
  store_id?: string;
}

/**
 * The result of `ant.merchant.expand.shop.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandShopCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandShopCreateResult {
  exist_shop_id?: string;
  order_id?: string;
}

/**
 * The error codes of `ant.merchant.expand.shop.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandShopCreateErrorCode = "NOT_ALLOWED_SETTLE";
 * ```
 */
export type AntMerchantExpandShopCreateErrorCode = "NOT_ALLOWED_SETTLE" | "SHOP_CATEGORY_IS_ILLEGAL" | "ISV_NOT_EXIST" | "SHOP_ACCOUNT_NO_IS_ILLEGAL" | "SHOP_SHOPNO_IS_EMPTY" | "INDUSTRY_QUALIFICATION_IS_EMPTY" | "SETTLED_OUTDOORIMAGE_EMPTY" | "SHOP_SHOPNAME_IS_EMPTY" | "SETTLED_BIZ_ADDRESS_ILLEGAL" | "SHOP_CATEGORY_IS_EMPTY" | "CONTACT_WAY_VALUE_NULL" | "ADDRESS_PROVINCE_CODE_ILLEGAL" | "ADDRESS_CITY_CODE_ILLEGAL" | "ADDRESS_DISTRICT_CODE_ILLEGAL" | "SHOP_ALREADY_EXIST" | "GONGAN_CHECK_FAIL" | "GONGSHANG_CHECK_FAIL" | "INVALID_PARAMETER" | "CONTACT_PERSON_NAME_NULL" | "USER_ILLEGAL" | "BRAND_ILLEGAL" | "PROFILE_KEY_ILLEGAL" | "SETTLED_BANKCARD_NO_IS_EMPTY" | "SETTLED_ACCOUNTHOLDERNAME_EMPTY" | "SETTLED_ACCOUNTBRANCHNAME_EMPTY" | "SETTLED_ACCOUNTINSTNAME_EMPTY" | "SETTLED_USAGETYPE_IS_EMPTY" | "BANK_BRANCH_NAME_ILLEGAL" | "SETTLED_USAGETYPE_ILLEGAL" | "SETTLED_CARD_ACCOUNTINSTID_EMPTY" | "SETTLED_CARD_ACCOUNTTYPE_EMPTY" | "BANK_ACCOUNTINSTID_ILLEGAL" | "SETTLED_CARD_ACCOUNTTYPE_ILLEGAL" | "BANK_ACCOUNTINSTNAME_ILLEGAL" | "SYSTEM_ERROR" | "GONGSHANG_LICENSE_ILLEGAL" | "BUSINESS_LICENSE_EMPTY" | "MERCHANT_NOT_EXIST" | "ATTACHMENT_TYPE_ILLEGAL" | "SHOP_NOT_EXIST" | "ATTACHMENT_URL_NULL" | "LOCATION_CHECK_FAIL" | "ATTACHMENT_CHECK_FAIL" | "BUSINESS_TIME_ILLEGAL" | "SHOP_AUDIT_REJECT" | "CTU_INDIRECT_CREATE_FAIL" | "DETAIL_ADDRESS_NOT_CONTAIN_KEYWORD_VALUE" | "SHOP_NAME_EXIST_RISK" | "SHOP_ADDRESS_EXIST_RISK" | "SHOP_REMARK_EXIST_RISK" | "EXTERNAL_SHOP_CODE_EXIST_RISK" | "SHOP_CODE_ALREADY_EXIST" | "SETTLED_ALIPAYACCOUNT_NOT_EXIST" | "DETAIL_ADDRESS_NOT_CONTAINS_CHINESE_CHARACTER" | "OUTDOOR_IMAGE_URL_IS_EMPTY" | "BIZ_SCENE_PIC_URL_IS_EMPTY" | "BUSINESS_LICENSE_URL_IS_EMPTY" | "MERCHANT_LOGO_URL_IS_EMPTY" | "SETTLED_BANKCARD_NUMBER_LENGTH_ILLEGAL" | "ACCOUNT_HOLDER_NAME_LENGTH_ILLEGAL" | "ACCOUNT_INST_PROVINCE_LENGTH_ILLEGAL" | "ACCOUNT_INST_CITY_LENGTH_ILLEGAL" | "ACCOUNT_BRANCH_NAME_LENGTH_ILLEGAL" | "ACCOUNT_NAME_LENGTH_ILLEGAL" | "ACCOUNT_INST_ID_LENGTH_ILLEGAL" | "OUTDOOR_IMAGE_OSSKEY_NOT_EXIST" | "BUSINESS_LICENSE_OSSKEY_NOT_EXIST" | "SPECIAL_TRAVEL_PERMIT_OSSKEY_NOT_EXIST" | "OTA_SNAPSHOT_OSSKEY_NOT_EXIST" | "ID_CARD_MSG_ILLEGAL" | "BUSINESS_LICENSE_ILLEGAL" | "BUSINESS_ADDRESS_IS_EMPTY" | "DETAIL_ADDRESS_CONTAIN_PROVINCES_CITY_REGION" | "SHOP_INFO_SOURCE_OTHER_TAG" | "MERCHANT_ORDER_EXECUTE_CONFLICT" | "BANK_CARD_TYPE_ILLEGAL" | "TARGET_TYPE_ILLEGAL" | "SHOP_EXT_INFO_NULL" | "SHOP_INFO_SOURCE_ILLEGAL" | "SHOP_INFO_SOURCE_CHANNEL_ILLEGAL" | "SHOP_INFO_SOURCE_BIZ_FROM_ILLEGAL" | "DISTRICT_CODE_ILLEGAL" | "SETTLED_BANKCARD_ACCOUNTINSTPROVINCE_IS_EMPTY" | "SETTLED_BANKCARD_ACCOUNTINSTCITY_IS_EMPTY" | "SETTLED_CARD_SIZE_IS_ILLEGAL" | "BANK_CODE_ILLEGAL" | "ADDRESS_VERSION_CODE_ILLEGAL" | "SHOP_SHOP_TYPE_ILLEGAL" | "SHOP_SOURCE_IS_ILLEGAL" | "CATEGORY_WITH_NO_PROOF" | "SHOP_ASSET_CHECK_RESULT_EMPTY" | "SHOP_ASSET_NOT_BINDABLE" | "SHOP_ASSET_MAX_LIMIT" | "SHOP_PRE_POI_NOT_FILL_ERROR" | "STORE_ID_LENGTH_ILLEGAL" | "SHOP_COVER_OSSKEY_NOT_EXIST" | "SHOP_COVER_NOT_EXIST" | "SHOP_EXT_INFO_INPUT_ARGUMENT_ILLEGAL" | "SHOP_EXT_INFO_VALUE_INPUT_ARGUMENT_ILLEGAL" | "SHOP_CATEGORY_EMPTY" | "SHOP_NAME_BRAND_AUDIT_REJECT" | "SHOP_NAME_BUSINESS_AUDIT_REJECT" | "BUSINESS_LICENSE_NAME_NOT_MATCH" | "BUSINESS_LICENSE_EXPIRED" | "BUSINESS_LICENSE_CANCEL" | "BUSINESS_LICENSE_REVOKED" | "BUSINESS_LICENSE_DATA_STATUS_EXCEPTION" | "REQUEST_MER_ARGUMENT_NULL" | "CATEGORY_NOT_ALLOWED_TO_MODIFY" | "SUBMIT_DIGITAL_POI_AUDIT_FAIL" | "SHOP_INDUSTRY_CODE_DUPLICATED" | "SHOP_INDUSTRY_REQUIRED_VALUE_NULL" | "LOCATION_NOT_NULL" | "SHOP_MODIFY_AUDITING" | "SHOP_INDUSTRY_LICENSE_REQUIRED_BOTH" | "SHOP_LICENSE_REQUIRED_NULL" | "SHOP_INDUSTRY_VALUE_ERROR" | "BUSINESS_LICENCE_INFO_REQUIRED" | "SHOP_MAIN_TYPE_ILLEGAL" | "SHOP_AUTH_LETTER_EMPTY" | "BUSINESS_MODE_NOT_EXIST" | "GUIDE_B_SITE_OPEN_API" | "SHOP_MAIN_TYPE_EMPTY" | "SETTLED_INDUSTRYQUALIFICATIONTYPE_IS_ILLEGAL" | "BUSINESS_TIME_WEEKDAY_ERROR" | "BUSINESS_TIME_WEEKDAY_DUP" | "BUSINESS_TIME_TIMEPERIOD_ERROR" | "BUSINESS_TIME_TIMEPERIOD_SIZE_LIMIT";

/**
 * `ant.merchant.expand.shop.create`: POST /v3/ant/merchant/shop over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandShopCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandShopCreate, { brand_id: '…', cert_image: '…' });
 * ```
 */
export const antMerchantExpandShopCreate: ApiDefinition<"ant.merchant.expand.shop.create", AntMerchantExpandShopCreateRequest, AntMerchantExpandShopCreateResult, AntMerchantExpandShopCreateErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.shop.create",
  { verb: 'POST', path: "/v3/ant/merchant/shop" },
  () => ({ biz_cards: [SettleCardInfoShape], brand_id: 0, business_address: AddressInfoShape, business_time: [ShopBusinessTimeShape], cert_image: 0, cert_name: 0, cert_no: 0, cert_type: 0, contact_infos: [ContactInfoShape], contact_mobile: 0, contact_phone: 0, cover: 0, ext_infos: [ShopExtInfoShape], industry_info: [MerchantShopIndustryInfoShape], industry_license: [ShopIndustryLicenseShape], ip_role_id: 0, legal_cert_no: 0, legal_name: 0, license_auth_letter_image: 0, memo: 0, new_business_time: [ComplexBusinessTimeShape], out_door_images: [0], qualifications: [IndustryQualificationInfoShape], scene: 0, settle_alipay_logon_id: 0, shop_category: 0, shop_main_type: 0, shop_name: 0, shop_type: 0, store_id: 0 }),
  () => ({ exist_shop_id: 0, order_id: 0 }),
);
