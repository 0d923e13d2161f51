// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.department.create` (POST /v3/alipay/commerce/ec/department: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcDepartmentCreateRequest = { department_code: '…', department_name: '…' };
 * ```
 */
export interface AlipayCommerceEcDepartmentCreateRequest {
  department_code?: string;
  department_name?: string;
  enterprise_id?: string;
  parent_department_id?: string;
}

/**
 * The result of `alipay.commerce.ec.department.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcDepartmentCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcDepartmentCreateResult {
  department_id?: string;
}

/**
 * The error codes of `alipay.commerce.ec.department.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcDepartmentCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcDepartmentCreateErrorCode = "SYSTEM_ERROR" | "PARAMETER_ERROR" | "NO_AGREEMENT" | "ENTERPRISE_NOT_EXIST" | "DEPARTMENT_CODE_EXIST" | "ENTERPRISE_STATUS_ERROR" | "DEPARTMENT_PARENT_CANNOT_BE_NULL" | "DEPARTMENT_PARENT_NOT_EXIST" | "DEPARTMENT_DEPTH_EXCEED_MAX" | "DEPARTMENT_NAME_EXIST" | "DEPARTMENT_PARENT_ID_NOT_EXIST" | "DEPT_UPGRADING";

/**
 * `alipay.commerce.ec.department.create`: POST /v3/alipay/commerce/ec/department over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcDepartmentCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcDepartmentCreate, { department_code: '…', department_name: '…' });
 * ```
 */
export const alipayCommerceEcDepartmentCreate: ApiDefinition<"alipay.commerce.ec.department.create", AlipayCommerceEcDepartmentCreateRequest, AlipayCommerceEcDepartmentCreateResult, AlipayCommerceEcDepartmentCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.department.create",
  { verb: 'POST', path: "/v3/alipay/commerce/ec/department" },
  () => ({ department_code: 0, department_name: 0, enterprise_id: 0, parent_department_id: 0 }),
  () => ({ department_id: 0 }),
);
