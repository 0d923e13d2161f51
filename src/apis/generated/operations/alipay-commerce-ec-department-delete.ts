// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.department.delete` (POST /v3/alipay/commerce/ec/department/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcDepartmentDeleteRequest = { department_id: '…', enterprise_id: '…' };
 * ```
 */
export interface AlipayCommerceEcDepartmentDeleteRequest {
  department_id?: string;
  enterprise_id?: string;
}

/**
 * The result of `alipay.commerce.ec.department.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcDepartmentDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceEcDepartmentDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.ec.department.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcDepartmentDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcDepartmentDeleteErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "NO_AGREEMENT" | "ENTERPRISE_NOT_EXIST" | "ROOT_DEPARTMENT_CANNOT_DELETE" | "DEPARTMENT_EMPLOYEE_EXIST" | "DEPT_UPGRADING" | "DEPT_NOT_EXIST";

/**
 * `alipay.commerce.ec.department.delete`: POST /v3/alipay/commerce/ec/department/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcDepartmentDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcDepartmentDelete, { department_id: '…', enterprise_id: '…' });
 * ```
 */
export const alipayCommerceEcDepartmentDelete: ApiDefinition<"alipay.commerce.ec.department.delete", AlipayCommerceEcDepartmentDeleteRequest, AlipayCommerceEcDepartmentDeleteResult, AlipayCommerceEcDepartmentDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.department.delete",
  'POST',
  () => ({ department_id: 0, enterprise_id: 0 }),
  () => ({}),
);
