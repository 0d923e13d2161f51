// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.employee.add` (POST /v3/alipay/commerce/ec/employee/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeAddRequest = { create_share_code: true, employee_cert_no: '…' };
 * ```
 */
export interface AlipayCommerceEcEmployeeAddRequest {
  accounting_entity_ids?: string[];
  create_share_code?: boolean;
  department_ids?: string[];
  employee_cert_no?: string;
  employee_cert_type?: string;
  employee_email?: string;
  employee_mobile?: string;
  employee_name?: string;
  employee_no?: string;
  encrypt_cert_no?: string;
  encrypt_mobile?: string;
  enterprise_id?: string;
  free_sign_token?: string;
  identity?: string;
  identity_open_id?: string;
  identity_type?: string;
  iot_check_type?: string;
  /** @deprecated */
  iot_vid?: string;
  label_names?: string[];
  profiles?: string;
  /** @deprecated */
  role_list?: string[];
  sign_return_url?: string;
  sign_url_carry_info?: boolean;
  withholding_sign_str?: string;
}

/**
 * The result of `alipay.commerce.ec.employee.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeAddResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEmployeeAddResult {
  employee_id?: string;
  iot_unique_id?: string;
  share_code?: string;
  sign_url?: string;
}

/**
 * The error codes of `alipay.commerce.ec.employee.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeAddErrorCode = "ACCOUNTING_ENTITY_NOT_EXIST";
 * ```
 */
export type AlipayCommerceEcEmployeeAddErrorCode = "ACCOUNTING_ENTITY_NOT_EXIST" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ENTERPRISE_NOT_EXIST" | "USER_NOT_EXIST" | "USER_UNREAL_NAME" | "ENTERPRISE_MEMBER_NUM_EXCEED_MAX" | "JOINED_ACCOUNT_NUM_EXCEED_MAX" | "NO_AGREEMENT" | "EMPLOYEE_HAS_ACTIVATED" | "ENTERPRISE_NOT_SIGNED" | "EMPLOYEE_NO_EXIST" | "EMPLOYEE_ALIPAY_OCCUPIED" | "EMPLOYEE_MOBILE_EXIST" | "EMPLOYEE_FREQUENCY_OVER_LIMIT" | "EMPLOYEE_IS_SUPER_ADMIN" | "EMPLOYEE_OVER_LIMIT" | "NODE_NOT_EXIST" | "NEED_TO_SET_PPW" | "ISV_USER_ID_NOT_SUPPORT" | "ACCOUNT_NOT_PERSONAL" | "EMPLOYEE_EMAIL_EXIST" | "EMPLOYEE_EXIST" | "EMPLOYEE_CERT_EXIST" | "DEPT_UPGRADING" | "MODIFY_AGENCY_OPERATION_FAIL" | "FREE_SIGN_TOKEN_INVALID" | "FUND_ACCOUNT_WHITE_NOT_EXIST" | "FREE_SIGN_EMPLOYEE_EXISTED" | "EMP_MULTI_ACCOUNT_NOT_SUPPORT" | "IOT_ENTERPRISE_UNSIGN" | "IOT_USER_FACE_NOT_EXIST" | "IOT_USER_FACEPAY_OPEN_FAIL" | "FUND_SYSTEM_ERROR" | "FUND_DAILY_JOINENT_REACHED_LIMIT" | "FUND_INVITE_REPLYING" | "FUND_SECURITY_CHECK_FAILED" | "IOT_SYSTEM_ERROR" | "IOT_APP_UNSIGN" | "EMPLOYEE_CREATE_ING" | "ENT_LABEL_COUNT_EXCEED_MAX" | "LABEL_NAME_ILLEGAL" | "EMP_NAME_VERIFY_FAIL";

/**
 * `alipay.commerce.ec.employee.add`: POST /v3/alipay/commerce/ec/employee/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeAdd, { create_share_code: true, employee_cert_no: '…' });
 * ```
 */
export const alipayCommerceEcEmployeeAdd: ApiDefinition<"alipay.commerce.ec.employee.add", AlipayCommerceEcEmployeeAddRequest, AlipayCommerceEcEmployeeAddResult, AlipayCommerceEcEmployeeAddErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.add",
  'POST',
  () => ({ accounting_entity_ids: [0], create_share_code: 2, department_ids: [0], employee_cert_no: 0, employee_cert_type: 0, employee_email: 0, employee_mobile: 0, employee_name: 0, employee_no: 0, encrypt_cert_no: 0, encrypt_mobile: 0, enterprise_id: 0, free_sign_token: 0, identity: 0, identity_open_id: 0, identity_type: 0, iot_check_type: 0, iot_vid: 0, label_names: [0], profiles: 0, role_list: [0], sign_return_url: 0, sign_url_carry_info: 2, withholding_sign_str: 0 }),
  () => ({ employee_id: 0, iot_unique_id: 0, share_code: 0, sign_url: 0 }),
);
