// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.info.modify` (PUT /v3/alipay/commerce/ec/enterprise: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseInfoModifyRequest = { enterprise_alias: '…', enterprise_id: '…' };
 * ```
 */
export interface AlipayCommerceEcEnterpriseInfoModifyRequest {
  enterprise_alias?: string;
  enterprise_id?: string;
  enterprise_name?: string;
  reliable_profiles?: ReliableEnterpriseProfilesDTO;
}

/**
 * The result of `alipay.commerce.ec.enterprise.info.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseInfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceEcEnterpriseInfoModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.ec.enterprise.info.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseInfoModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcEnterpriseInfoModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "NO_AGREEMENT" | "ENTERPRISE_NOT_EXIST" | "ONLY_NOAUTH_CAN_MODIFY_NAME" | "SENSITIVE_WORDS_EXIST";

/**
 * `ReliableEnterpriseProfilesDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.enterprise.info.modify`).
 *
 * @example
 * ```ts
 * const value: ReliableEnterpriseProfilesDTO = { access_channel: '…', activity_level: '…' };
 * ```
 */
export interface ReliableEnterpriseProfilesDTO {
  access_channel?: string;
  activity_level?: string;
  auth_type?: string;
  biz_license_no?: string;
  biz_license_url?: string;
  count_employee?: string;
  legal_person_cert_no?: string;
  platform_gmt_create?: string;
  tax_no?: string;
  utm_content?: string;
  utm_source?: string;
}
const ReliableEnterpriseProfilesDTOShape = (): object => ({ access_channel: 0, activity_level: 0, auth_type: 0, biz_license_no: 0, biz_license_url: 0, count_employee: 0, legal_person_cert_no: 0, platform_gmt_create: 0, tax_no: 0, utm_content: 0, utm_source: 0 });

/**
 * `alipay.commerce.ec.enterprise.info.modify`: PUT /v3/alipay/commerce/ec/enterprise over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseInfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseInfoModify, { enterprise_alias: '…', enterprise_id: '…' });
 * ```
 */
export const alipayCommerceEcEnterpriseInfoModify: ApiDefinition<"alipay.commerce.ec.enterprise.info.modify", AlipayCommerceEcEnterpriseInfoModifyRequest, AlipayCommerceEcEnterpriseInfoModifyResult, AlipayCommerceEcEnterpriseInfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.info.modify",
  { verb: 'PUT', path: "/v3/alipay/commerce/ec/enterprise" },
  () => ({ enterprise_alias: 0, enterprise_id: 0, enterprise_name: 0, reliable_profiles: ReliableEnterpriseProfilesDTOShape }),
  () => ({}),
);
