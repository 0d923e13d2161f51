// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.userinfo.share` (POST /v3/alipay/user/userinfo/share: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayUserUserinfoShareRequest = {};
 * ```
 */
export type AlipayUserUserinfoShareRequest = Record<string, never>;

/**
 * The result of `alipay.user.userinfo.share`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserUserinfoShareResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserUserinfoShareResult {
  address?: string;
  address_code?: string;
  alipay_user_id?: string;
  area?: string;
  avatar?: string;
  balance_freeze_type?: string;
  birthday?: string;
  cert_no?: string;
  cert_type_value?: string;
  city?: string;
  default_deliver_address?: string;
  deliver_address_list?: DeliverAddress[];
  deliver_area?: string;
  deliver_city?: string;
  deliver_fullname?: string;
  deliver_mobile?: string;
  deliver_phone?: string;
  deliver_province?: string;
  email?: string;
  family_name?: string;
  firm_name?: string;
  gender?: string;
  is_balance_frozen?: string;
  is_bank_auth?: string;
  is_certified?: string;
  is_certify_grade_a?: string;
  is_id_auth?: string;
  is_licence_auth?: string;
  is_mobile_auth?: string;
  is_student_certified?: string;
  mobile?: string;
  nick_name?: string;
  phone?: string;
  province?: string;
  real_name?: string;
  reduced_birthday?: string;
  user_id?: string;
  user_status?: string;
  user_type_value?: string;
  zip?: string;
}

/**
 * The error codes of `alipay.user.userinfo.share` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserUserinfoShareErrorCode = "isv.invalid-argument";
 * ```
 */
export type AlipayUserUserinfoShareErrorCode = "isv.invalid-argument" | "isv.invalid-token" | "aop.unknow-error" | "isp.unknow-error";

/**
 * `DeliverAddress`, a model of Alipay's v3 description (in `alipay.user.userinfo.share`).
 *
 * @example
 * ```ts
 * const value: DeliverAddress = { address: '…', address_code: '…' };
 * ```
 */
export interface DeliverAddress {
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
const DeliverAddressShape = (): object => ({ address: 0, address_code: 0, default_deliver_address: 0, deliver_area: 0, deliver_city: 0, deliver_fullname: 0, deliver_mobile: 0, deliver_phone: 0, deliver_province: 0, zip: 0 });

/**
 * `alipay.user.userinfo.share`: POST /v3/alipay/user/userinfo/share over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserUserinfoShare } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserUserinfoShare, {});
 * ```
 */
export const alipayUserUserinfoShare: ApiDefinition<"alipay.user.userinfo.share", AlipayUserUserinfoShareRequest, AlipayUserUserinfoShareResult, AlipayUserUserinfoShareErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.userinfo.share",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ address: 0, address_code: 0, alipay_user_id: 0, area: 0, avatar: 0, balance_freeze_type: 0, birthday: 0, cert_no: 0, cert_type_value: 0, city: 0, default_deliver_address: 0, deliver_address_list: [DeliverAddressShape], deliver_area: 0, deliver_city: 0, deliver_fullname: 0, deliver_mobile: 0, deliver_phone: 0, deliver_province: 0, email: 0, family_name: 0, firm_name: 0, gender: 0, is_balance_frozen: 0, is_bank_auth: 0, is_certified: 0, is_certify_grade_a: 0, is_id_auth: 0, is_licence_auth: 0, is_mobile_auth: 0, is_student_certified: 0, mobile: 0, nick_name: 0, phone: 0, province: 0, real_name: 0, reduced_birthday: 0, user_id: 0, user_status: 0, user_type_value: 0, zip: 0 }),
);
