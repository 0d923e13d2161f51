// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.indirect.authorder.create` (POST /v3/alipay/merchant/indirect/authorder/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantIndirectAuthorderCreateRequest = { out_biz_no: '…', source: '…' };
 * ```
 */
export interface AlipayMerchantIndirectAuthorderCreateRequest {
  auth_identity_info?: AuthIdentityInfo;
  benefit_person_info?: IndirectBenefitPersonInfo;
  contact_person_info?: IndirectContactPersonInfo;
  extra_credentials?: IndirectExtraCredentials;
  legal_person_info?: IndirectLegalPersonInfo;
  out_biz_no?: string;
  source?: string;
}

/**
 * The result of `alipay.merchant.indirect.authorder.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantIndirectAuthorderCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantIndirectAuthorderCreateResult {
  order_no?: string;
  order_status?: string;
}

/**
 * The error codes of `alipay.merchant.indirect.authorder.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantIndirectAuthorderCreateErrorCode = "AUTH_IDENTITY_TYPE_ILLEGAL";
 * ```
 */
export type AlipayMerchantIndirectAuthorderCreateErrorCode = "AUTH_IDENTITY_TYPE_ILLEGAL" | "SYSTEM_ERROR" | "AUTH_ORDER_ISV_HAS_RISK" | "INVALID_PARAMETER" | "LEGAL_PERSON_NAME_NOT_EQUAL" | "BIZ_CERT_ILLEGAL_CERT_NO";

/**
 * `AuthIdentityInfo`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: AuthIdentityInfo = { certificate_type: '…', employer_letter_img: '…' };
 * ```
 */
export interface AuthIdentityInfo {
  certificate_info?: IndirectCertificateInfo;
  certificate_type?: string;
  employer_letter_img?: string;
  financial_org_info?: IndirectFinancialOrgInfo;
  identity_type?: string;
  is_financial_org?: boolean;
  qualification_info_list?: IndirectQualificationInfo[];
  support_credentials?: IndirectSupportCredentials;
}
const AuthIdentityInfoShape = (): object => ({ certificate_info: IndirectCertificateInfoShape, certificate_type: 0, employer_letter_img: 0, financial_org_info: IndirectFinancialOrgInfoShape, identity_type: 0, is_financial_org: 2, qualification_info_list: [IndirectQualificationInfoShape], support_credentials: IndirectSupportCredentialsShape });

/**
 * `IndirectBenefitPersonInfo`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectBenefitPersonInfo = { card_back_img: '…', card_front_img: '…' };
 * ```
 */
export interface IndirectBenefitPersonInfo {
  card_back_img?: string;
  card_front_img?: string;
  card_no?: string;
  card_type?: string;
  effect_time?: string;
  expire_time?: string;
  person_name?: string;
}
const IndirectBenefitPersonInfoShape = (): object => ({ card_back_img: 0, card_front_img: 0, card_no: 0, card_type: 0, effect_time: 0, expire_time: 0, person_name: 0 });

/**
 * `IndirectCertificateInfo`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectCertificateInfo = { cert_image: '…', cert_no: '…' };
 * ```
 */
export interface IndirectCertificateInfo {
  cert_image?: string;
  cert_no?: string;
  cert_type?: string;
  effect_time?: string;
  expire_time?: string;
  legal_person_name?: string;
  merchant_name?: string;
  register_address?: string;
}
const IndirectCertificateInfoShape = (): object => ({ cert_image: 0, cert_no: 0, cert_type: 0, effect_time: 0, expire_time: 0, legal_person_name: 0, merchant_name: 0, register_address: 0 });

/**
 * `IndirectContactPersonInfo`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectContactPersonInfo = { contact_card_no: '…', contact_cert_type: '…' };
 * ```
 */
export interface IndirectContactPersonInfo {
  contact_card_no?: string;
  contact_cert_type?: string;
  contact_name?: string;
  contact_phone_no?: string;
}
const IndirectContactPersonInfoShape = (): object => ({ contact_card_no: 0, contact_cert_type: 0, contact_name: 0, contact_phone_no: 0 });

/**
 * `IndirectExtraCredentials`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectExtraCredentials = {};
 * ```
 */
export interface IndirectExtraCredentials {
  smid_list?: string[];
}
const IndirectExtraCredentialsShape = (): object => ({ smid_list: [0] });

/**
 * `IndirectFinancialOrgInfo`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectFinancialOrgInfo = { financial_org_type: '…' };
 * ```
 */
export interface IndirectFinancialOrgInfo {
  financial_org_cert_img?: string[];
  financial_org_type?: string;
}
const IndirectFinancialOrgInfoShape = (): object => ({ financial_org_cert_img: [0], financial_org_type: 0 });

/**
 * `IndirectLegalPersonInfo`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectLegalPersonInfo = { auth_letter_img: '…', card_back_img: '…' };
 * ```
 */
export interface IndirectLegalPersonInfo {
  auth_letter_img?: string;
  card_back_img?: string;
  card_front_img?: string;
  card_no?: string;
  card_type?: string;
  effect_time?: string;
  expire_time?: string;
  is_benefit_person?: boolean;
  legal_type?: string;
  person_name?: string;
}
const IndirectLegalPersonInfoShape = (): object => ({ auth_letter_img: 0, card_back_img: 0, card_front_img: 0, card_no: 0, card_type: 0, effect_time: 0, expire_time: 0, is_benefit_person: 2, legal_type: 0, person_name: 0 });

/**
 * `IndirectQualificationInfo`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectQualificationInfo = { mcc_code: '…' };
 * ```
 */
export interface IndirectQualificationInfo {
  image_list?: string[];
  mcc_code?: string;
}
const IndirectQualificationInfoShape = (): object => ({ image_list: [0], mcc_code: 0 });

/**
 * `IndirectSupportCredentials`, a model of Alipay's v3 description (in `alipay.merchant.indirect.authorder.create`).
 *
 * @example
 * ```ts
 * const value: IndirectSupportCredentials = { city: '…', city_code: '…' };
 * ```
 */
export interface IndirectSupportCredentials {
  /** @deprecated */
  city?: string;
  city_code?: string;
  /** @deprecated */
  district?: string;
  district_code?: string;
  merchant_type?: string;
  /** @deprecated */
  province?: string;
  province_code?: string;
  store_address?: string;
  store_door_img?: string;
  store_inner_img?: string;
  store_name?: string;
}
const IndirectSupportCredentialsShape = (): object => ({ city: 0, city_code: 0, district: 0, district_code: 0, merchant_type: 0, province: 0, province_code: 0, store_address: 0, store_door_img: 0, store_inner_img: 0, store_name: 0 });

/**
 * `alipay.merchant.indirect.authorder.create`: POST /v3/alipay/merchant/indirect/authorder/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantIndirectAuthorderCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantIndirectAuthorderCreate, { out_biz_no: '…', source: '…' });
 * ```
 */
export const alipayMerchantIndirectAuthorderCreate: ApiDefinition<"alipay.merchant.indirect.authorder.create", AlipayMerchantIndirectAuthorderCreateRequest, AlipayMerchantIndirectAuthorderCreateResult, AlipayMerchantIndirectAuthorderCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.indirect.authorder.create",
  'POST',
  () => ({ auth_identity_info: AuthIdentityInfoShape, benefit_person_info: IndirectBenefitPersonInfoShape, contact_person_info: IndirectContactPersonInfoShape, extra_credentials: IndirectExtraCredentialsShape, legal_person_info: IndirectLegalPersonInfoShape, out_biz_no: 0, source: 0 }),
  () => ({ order_no: 0, order_status: 0 }),
);
