// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.info.share` (POST /v3/alipay/user/info/share: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayUserInfoShareRequest = { auth_token: '…' };
 * ```
 */
export interface AlipayUserInfoShareRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
}

/**
 * The result of `alipay.user.info.share`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserInfoShareResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserInfoShareResult {
  address?: string;
  age?: string;
  area?: string;
  avatar?: string;
  business_scope?: string;
  cert_no?: string;
  cert_type?: string;
  city?: string;
  college_name?: string;
  country_code?: string;
  degree?: string;
  deliver_addresses?: AlipayUserDeliverAddress[];
  display_name?: string;
  email?: string;
  enrollment_time?: string;
  ent_license_address?: string;
  ent_license_area?: string;
  ent_license_city?: string;
  ent_license_province?: string;
  firm_agent_person_cert_expiry_date?: string;
  firm_agent_person_cert_no?: string;
  firm_agent_person_cert_type?: string;
  firm_agent_person_name?: string;
  firm_legal_person_cert_expiry_date?: string;
  firm_legal_person_cert_no?: string;
  firm_legal_person_cert_type?: string;
  firm_legal_person_name?: string;
  firm_legal_person_pictures?: AlipayUserPicture[];
  firm_pictures?: AlipayUserPicture[];
  firm_type?: string;
  gender?: string;
  graduation_time?: string;
  identity_card_address?: string;
  identity_card_area?: string;
  identity_card_city?: string;
  identity_card_province?: string;
  inst_or_corp?: string;
  is_adult?: string;
  is_balance_frozen?: string;
  is_blocked?: string;
  is_certified?: string;
  is_student_certified?: string;
  license_expiry_date?: string;
  license_no?: string;
  member_grade?: string;
  mobile?: string;
  nick_name?: string;
  open_id?: string;
  organization_code?: string;
  person_birthday?: string;
  person_birthday_without_year?: string;
  person_cert_expiry_date?: string;
  person_cert_issue_date?: string;
  person_pictures?: AlipayUserPicture[];
  phone?: string;
  profession?: string;
  province?: string;
  taobao_id?: string;
  user_id?: string;
  user_name?: string;
  user_nation?: string;
  user_status?: string;
  user_type?: string;
  zip?: string;
}

/**
 * The error codes of `alipay.user.info.share` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserInfoShareErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayUserInfoShareErrorCode = "SYSTEM_ERROR";

/**
 * `AlipayUserDeliverAddress`, a model of Alipay's v3 description (in `alipay.user.info.share`).
 *
 * @example
 * ```ts
 * const value: AlipayUserDeliverAddress = { address: '…', address_code: '…' };
 * ```
 */
export interface AlipayUserDeliverAddress {
  address?: string;
  address_code?: string;
  default_deliver_address?: string;
  deliver_area?: string;
  deliver_city?: string;
  deliver_fullname?: string;
  deliver_mobile?: string;
  deliver_phone?: string;
  deliver_province?: string;
  zip?: string;
}
const AlipayUserDeliverAddressShape = (): object => ({ address: 0, address_code: 0, default_deliver_address: 0, deliver_area: 0, deliver_city: 0, deliver_fullname: 0, deliver_mobile: 0, deliver_phone: 0, deliver_province: 0, zip: 0 });

/**
 * `AlipayUserPicture`, a model of Alipay's v3 description (in `alipay.user.info.share`).
 *
 * @example
 * ```ts
 * const value: AlipayUserPicture = { picture_type: '…', picture_url: '…' };
 * ```
 */
export interface AlipayUserPicture {
  picture_type?: string;
  picture_url?: string;
}
const AlipayUserPictureShape = (): object => ({ picture_type: 0, picture_url: 0 });

/**
 * `alipay.user.info.share`: POST /v3/alipay/user/info/share over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserInfoShare } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserInfoShare, { auth_token: '…' });
 * ```
 */
export const alipayUserInfoShare: ApiDefinition<"alipay.user.info.share", AlipayUserInfoShareRequest, AlipayUserInfoShareResult, AlipayUserInfoShareErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.info.share",
  { verb: 'POST', query: ["auth_token"], body: 'none' },
  () => ({ auth_token: 0 }),
  () => ({ address: 0, age: 0, area: 0, avatar: 0, business_scope: 0, cert_no: 0, cert_type: 0, city: 0, college_name: 0, country_code: 0, degree: 0, deliver_addresses: [AlipayUserDeliverAddressShape], display_name: 0, email: 0, enrollment_time: 0, ent_license_address: 0, ent_license_area: 0, ent_license_city: 0, ent_license_province: 0, firm_agent_person_cert_expiry_date: 0, firm_agent_person_cert_no: 0, firm_agent_person_cert_type: 0, firm_agent_person_name: 0, firm_legal_person_cert_expiry_date: 0, firm_legal_person_cert_no: 0, firm_legal_person_cert_type: 0, firm_legal_person_name: 0, firm_legal_person_pictures: [AlipayUserPictureShape], firm_pictures: [AlipayUserPictureShape], firm_type: 0, gender: 0, graduation_time: 0, identity_card_address: 0, identity_card_area: 0, identity_card_city: 0, identity_card_province: 0, inst_or_corp: 0, is_adult: 0, is_balance_frozen: 0, is_blocked: 0, is_certified: 0, is_student_certified: 0, license_expiry_date: 0, license_no: 0, member_grade: 0, mobile: 0, nick_name: 0, open_id: 0, organization_code: 0, person_birthday: 0, person_birthday_without_year: 0, person_cert_expiry_date: 0, person_cert_issue_date: 0, person_pictures: [AlipayUserPictureShape], phone: 0, profession: 0, province: 0, taobao_id: 0, user_id: 0, user_name: 0, user_nation: 0, user_status: 0, user_type: 0, zip: 0 }),
);
