// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.employee.delete` (POST /v3/alipay/commerce/ec/employee/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeDeleteRequest = { employee_id: '…', enterprise_id: '…' };
 * ```
 */
export interface AlipayCommerceEcEmployeeDeleteRequest {
  employee_id?: string;
  enterprise_id?: string;
}

/**
 * The result of `alipay.commerce.ec.employee.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceEcEmployeeDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.ec.employee.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeDeleteErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_AGREEMENT" | "ENTERPRISE_NOT_EXIST" | "EMPLOYEE_NOT_EXIST" | "ENTERPRISE_NOT_SIGNED" | "DEPT_UPGRADING" | "EMPLOYEE_IS_SUPER_ADMIN";

/**
 * `alipay.commerce.ec.employee.delete`: POST /v3/alipay/commerce/ec/employee/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeDelete, { employee_id: '…', enterprise_id: '…' });
 * ```
 */
export const alipayCommerceEcEmployeeDelete: ApiDefinition<"alipay.commerce.ec.employee.delete", AlipayCommerceEcEmployeeDeleteRequest, AlipayCommerceEcEmployeeDeleteResult, AlipayCommerceEcEmployeeDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.delete",
  'POST',
  () => ({ employee_id: 0, enterprise_id: 0 }),
  () => ({}),
);
