// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.department.info.modify` (PUT /v3/alipay/commerce/ec/department: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcDepartmentInfoModifyRequest = { department_code: '…', department_id: '…' };
 * ```
 */
export interface AlipayCommerceEcDepartmentInfoModifyRequest {
  department_code?: string;
  department_id?: string;
  department_name?: string;
  enterprise_id?: string;
  parent_department_id?: string;
}

/**
 * The result of `alipay.commerce.ec.department.info.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcDepartmentInfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceEcDepartmentInfoModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.ec.department.info.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcDepartmentInfoModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcDepartmentInfoModifyErrorCode = "SYSTEM_ERROR" | "PARAMETER_ERROR" | "NO_AGREEMENT" | "ENTERPRISE_NOT_EXIST" | "DEPARTMENT_NOT_EXIST" | "PARENT_DEPARTMENT_NOT_EXIST" | "DEPARTMENT_DEPTH_EXCEED_MAX" | "PARENT_DEPARTMENT_CANNOT_BE_ITSELF" | "DEPARTMENT_NAME_EXIST" | "DEPARTMENT_CODE_EXIST" | "DEPARTMENT_MODIFY_FAIL" | "ROOT_DEPARTMENT_CANNOT_MODIFY" | "PLATFORM_DEPARTMENT_CANNOT_MODIFY" | "DEPT_UPGRADING" | "INVALID_PARAMETER";

/**
 * `alipay.commerce.ec.department.info.modify`: PUT /v3/alipay/commerce/ec/department over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcDepartmentInfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcDepartmentInfoModify, { department_code: '…', department_id: '…' });
 * ```
 */
export const alipayCommerceEcDepartmentInfoModify: ApiDefinition<"alipay.commerce.ec.department.info.modify", AlipayCommerceEcDepartmentInfoModifyRequest, AlipayCommerceEcDepartmentInfoModifyResult, AlipayCommerceEcDepartmentInfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.department.info.modify",
  { verb: 'PUT', path: "/v3/alipay/commerce/ec/department" },
  () => ({ department_code: 0, department_id: 0, department_name: 0, enterprise_id: 0, parent_department_id: 0 }),
  () => ({}),
);
