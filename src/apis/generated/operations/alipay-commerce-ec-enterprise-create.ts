// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.create` (POST /v3/alipay/commerce/ec/enterprise/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseCreateRequest = { biz_scene: '…', create_fund_account: true };
 * ```
 */
export interface AlipayCommerceEcEnterpriseCreateRequest {
  biz_scene?: string;
  create_fund_account?: boolean;
  create_iot_group?: boolean;
  enterprise_alias?: string;
  enterprise_name?: string;
  group_app_id?: string;
  identity?: string;
  identity_name?: string;
  identity_open_id?: string;
  identity_type?: string;
  out_biz_no?: string;
  sign_return_url?: string;
  /** @deprecated */
  sign_terminal?: string;
}

/**
 * The result of `alipay.commerce.ec.enterprise.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEnterpriseCreateResult {
  enterprise_id?: string;
  iot_group_id?: string;
  iot_logic_group_id?: string;
  sign_url?: string;
}

/**
 * The error codes of `alipay.commerce.ec.enterprise.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEnterpriseCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ENTERPRISE_NO_AUTH" | "ENTERPRISE_SETTLED_IN_FINISHED" | "USER_NOT_EXIST" | "SENSITIVE_WORDS_EXIST" | "ENTERPRISE_CREATE_NOT_SUPPORT" | "ENTERPRISE_CREATE_ING" | "ECEIF_ENTERPRISE_CREATE_OVER_LIMIT" | "IOT_FACE_GROUP_NAME_ERROR" | "AUTH_INFO_NULL" | "ENTERPRISE_EMAIL_ALREADY_EXIST" | "CONFIRM_LETTER_IMG_NULL" | "LICENSE_IMG_NULL" | "ISV_USER_ID_NOT_SUPPORT" | "EMPLOYEE_NOT_EXIST" | "ENTERPRISE_CODE_HAS_OCCUPIED";

/**
 * `alipay.commerce.ec.enterprise.create`: POST /v3/alipay/commerce/ec/enterprise/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseCreate, { biz_scene: '…', create_fund_account: true });
 * ```
 */
export const alipayCommerceEcEnterpriseCreate: ApiDefinition<"alipay.commerce.ec.enterprise.create", AlipayCommerceEcEnterpriseCreateRequest, AlipayCommerceEcEnterpriseCreateResult, AlipayCommerceEcEnterpriseCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.create",
  'POST',
  () => ({ biz_scene: 0, create_fund_account: 2, create_iot_group: 2, enterprise_alias: 0, enterprise_name: 0, group_app_id: 0, identity: 0, identity_name: 0, identity_open_id: 0, identity_type: 0, out_biz_no: 0, sign_return_url: 0, sign_terminal: 0 }),
  () => ({ enterprise_id: 0, iot_group_id: 0, iot_logic_group_id: 0, sign_url: 0 }),
);
