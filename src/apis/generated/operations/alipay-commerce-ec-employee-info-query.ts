// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.employee.info.query` (GET /v3/alipay/commerce/ec/employee/info/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeInfoQueryRequest = { enterprise_id: "2088441363102941", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayCommerceEcEmployeeInfoQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  employee_id?: string;
  /** A query parameter (v3). */
  mobile?: string;
  /** A query parameter (v3). */
  alipay_logon_id?: string;
  /** A query parameter (v3). */
  employee_cert_type?: string;
  /** A query parameter (v3). */
  employee_cert_no?: string;
  /** A query parameter (v3). */
  employee_email?: string;
}

/**
 * The result of `alipay.commerce.ec.employee.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEmployeeInfoQueryResult {
  employee_info?: EmployeeInfoDTO;
}

/**
 * The error codes of `alipay.commerce.ec.employee.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeInfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeInfoQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_AGREEMENT" | "EMPLOYEE_NOT_EXIST" | "ENTERPRISE_NOT_EXIST" | "ORG_USER_NOT_EXIST" | "USER_NOT_EXIST";

/**
 * `EmployeeAccountingEntityDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.employee.info.query`).
 *
 * @example
 * ```ts
 * const value: EmployeeAccountingEntityDTO = { accounting_entity_code: '…', accounting_entity_id: '…' };
 * ```
 */
export interface EmployeeAccountingEntityDTO {
  accounting_entity_code?: string;
  accounting_entity_id?: string;
  accounting_entity_name?: string;
}
const EmployeeAccountingEntityDTOShape = (): object => ({ accounting_entity_code: 0, accounting_entity_id: 0, accounting_entity_name: 0 });

/**
 * `EmployeeDepartmentDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.employee.info.query`).
 *
 * @example
 * ```ts
 * const value: EmployeeDepartmentDTO = { department_id: '…', department_name: '…' };
 * ```
 */
export interface EmployeeDepartmentDTO {
  department_id?: string;
  department_name?: string;
}
const EmployeeDepartmentDTOShape = (): object => ({ department_id: 0, department_name: 0 });

/**
 * `EmployeeInfoDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.employee.info.query`).
 *
 * @example
 * ```ts
 * const value: EmployeeInfoDTO = { activate: '…', email: '…' };
 * ```
 */
export interface EmployeeInfoDTO {
  accounting_entity_list?: EmployeeAccountingEntityDTO[];
  activate?: string;
  department_list?: EmployeeDepartmentDTO[];
  email?: string;
  employee_cert_no?: string;
  employee_cert_type?: string;
  employee_id?: string;
  employee_name?: string;
  employee_no?: string;
  encrypt_cert_no?: string;
  encrypt_mobile?: string;
  gmt_create?: string;
  gmt_modified?: string;
  invoice_email?: string;
  iot_face_status?: string;
  iot_unique_id?: string;
  iot_vid?: string;
  job_level_show?: string;
  label_names?: string[];
  mobile?: string;
  open_id?: string;
  profiles?: string;
  role_list?: string[];
  tl_employee_id?: string;
  user_id?: string;
}
const EmployeeInfoDTOShape = (): object => ({ accounting_entity_list: [EmployeeAccountingEntityDTOShape], activate: 0, department_list: [EmployeeDepartmentDTOShape], email: 0, employee_cert_no: 0, employee_cert_type: 0, employee_id: 0, employee_name: 0, employee_no: 0, encrypt_cert_no: 0, encrypt_mobile: 0, gmt_create: 0, gmt_modified: 0, invoice_email: 0, iot_face_status: 0, iot_unique_id: 0, iot_vid: 0, job_level_show: 0, label_names: [0], mobile: 0, open_id: 0, profiles: 0, role_list: [0], tl_employee_id: 0, user_id: 0 });

/**
 * `alipay.commerce.ec.employee.info.query`: GET /v3/alipay/commerce/ec/employee/info/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeInfoQuery, { enterprise_id: "2088441363102941", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayCommerceEcEmployeeInfoQuery: ApiDefinition<"alipay.commerce.ec.employee.info.query", AlipayCommerceEcEmployeeInfoQueryRequest, AlipayCommerceEcEmployeeInfoQueryResult, AlipayCommerceEcEmployeeInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.info.query",
  { verb: 'GET', query: ["enterprise_id", "open_id", "user_id", "employee_id", "mobile", "alipay_logon_id", "employee_cert_type", "employee_cert_no", "employee_email"] },
  () => ({ enterprise_id: 0, open_id: 0, user_id: 0, employee_id: 0, mobile: 0, alipay_logon_id: 0, employee_cert_type: 0, employee_cert_no: 0, employee_email: 0 }),
  () => ({ employee_info: EmployeeInfoDTOShape }),
);
