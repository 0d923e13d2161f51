// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.department.info.query` (GET /v3/alipay/commerce/ec/department/info/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcDepartmentInfoQueryRequest = { enterprise_id: "2088441363102941", department_id: "1001094000039142" };
 * ```
 */
export interface AlipayCommerceEcDepartmentInfoQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  department_id?: string;
}

/**
 * The result of `alipay.commerce.ec.department.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcDepartmentInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcDepartmentInfoQueryResult {
  department_info?: DepartmentInfoDTO;
}

/**
 * The error codes of `alipay.commerce.ec.department.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcDepartmentInfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcDepartmentInfoQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_AGREEMENT" | "DEPT_NOT_EXIST" | "ENTERPRISE_NOT_EXIST";

/**
 * `DepartmentInfoDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.department.info.query`).
 *
 * @example
 * ```ts
 * const value: DepartmentInfoDTO = { department_code: '…', department_id: '…' };
 * ```
 */
export interface DepartmentInfoDTO {
  department_code?: string;
  department_id?: string;
  department_name?: string;
  dept_charge_employee_id?: string;
  gmt_create?: string;
  gmt_modified?: string;
  parent_department_id?: string;
}
const DepartmentInfoDTOShape = (): object => ({ department_code: 0, department_id: 0, department_name: 0, dept_charge_employee_id: 0, gmt_create: 0, gmt_modified: 0, parent_department_id: 0 });

/**
 * `alipay.commerce.ec.department.info.query`: GET /v3/alipay/commerce/ec/department/info/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcDepartmentInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcDepartmentInfoQuery, { enterprise_id: "2088441363102941", department_id: "1001094000039142" });
 * ```
 */
export const alipayCommerceEcDepartmentInfoQuery: ApiDefinition<"alipay.commerce.ec.department.info.query", AlipayCommerceEcDepartmentInfoQueryRequest, AlipayCommerceEcDepartmentInfoQueryResult, AlipayCommerceEcDepartmentInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.department.info.query",
  { verb: 'GET', query: ["enterprise_id", "department_id"] },
  () => ({ enterprise_id: 0, department_id: 0 }),
  () => ({ department_info: DepartmentInfoDTOShape }),
);
