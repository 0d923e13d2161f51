// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `EnterpriseInfoDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.enterprise.info.query`, `alipay.commerce.ec.user.enterprise.query`).
 *
 * @example
 * ```ts
 * const value: EnterpriseInfoDTO = { account_id: '…', activate: '…' };
 * ```
 */
export interface EnterpriseInfoDTO {
  account_id?: string;
  activate?: string;
  auth_level?: string;
  auth_status?: string;
  auth_time?: string;
  enterprise_alias?: string;
  enterprise_alias_audit_status?: string;
  enterprise_code?: string;
  enterprise_email?: string;
  enterprise_id?: string;
  enterprise_name?: string;
  gmt_create?: string;
  gmt_modified?: string;
  iot_group_id?: string;
  iot_logic_group_id?: string;
  out_biz_no?: string;
  platform_code?: string;
  platform_out_id?: string;
  sign_status?: string;
  status?: string;
}
export const EnterpriseInfoDTOShape = (): object => ({ account_id: 0, activate: 0, auth_level: 0, auth_status: 0, auth_time: 0, enterprise_alias: 0, enterprise_alias_audit_status: 0, enterprise_code: 0, enterprise_email: 0, enterprise_id: 0, enterprise_name: 0, gmt_create: 0, gmt_modified: 0, iot_group_id: 0, iot_logic_group_id: 0, out_biz_no: 0, platform_code: 0, platform_out_id: 0, sign_status: 0, status: 0 });
