// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.employee.info.modify` (PUT /v3/alipay/commerce/ec/employee/info: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeInfoModifyRequest = { employee_email: '…', employee_id: '…' };
 * ```
 */
export interface AlipayCommerceEcEmployeeInfoModifyRequest {
  accounting_entity_ids?: string[];
  department_ids?: string[];
  employee_email?: string;
  employee_id?: string;
  employee_mobile?: string;
  employee_name?: string;
  employee_no?: string;
  enterprise_id?: string;
  label_names?: string[];
  profiles?: string;
  role_list?: string[];
}

/**
 * The result of `alipay.commerce.ec.employee.info.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeInfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEmployeeInfoModifyResult {
  employee_id?: string;
}

/**
 * The error codes of `alipay.commerce.ec.employee.info.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeInfoModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeInfoModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ENTERPRISE_NOT_EXIST" | "EMPLOYEE_NOT_EXIST" | "DEPT_NOT_EXIST" | "NO_AGREEMENT" | "EMPLOYEE_BIND_NOT_MODIFY_ROLE" | "EMPLOYEE_EMAIL_EXIST" | "EMPLOYEE_MOBILE_EXIST" | "DEPT_UPGRADING" | "ORG_USER_NOT_EXIST" | "ENT_LABEL_COUNT_EXCEED_MAX" | "LABEL_NAME_ILLEGAL";

/**
 * `alipay.commerce.ec.employee.info.modify`: PUT /v3/alipay/commerce/ec/employee/info over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeInfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeInfoModify, { employee_email: '…', employee_id: '…' });
 * ```
 */
export const alipayCommerceEcEmployeeInfoModify: ApiDefinition<"alipay.commerce.ec.employee.info.modify", AlipayCommerceEcEmployeeInfoModifyRequest, AlipayCommerceEcEmployeeInfoModifyResult, AlipayCommerceEcEmployeeInfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.info.modify",
  { verb: 'PUT', path: "/v3/alipay/commerce/ec/employee/info" },
  () => ({ accounting_entity_ids: [0], department_ids: [0], employee_email: 0, employee_id: 0, employee_mobile: 0, employee_name: 0, employee_no: 0, enterprise_id: 0, label_names: [0], profiles: 0, role_list: [0] }),
  () => ({ employee_id: 0 }),
);
