// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EcEmployeeTitleFailed, EcEmployeeTitleFailedShape } from '../models/EcEmployeeTitleFailed.ts';
import { type EmployeeTitleDTO, EmployeeTitleDTOShape } from '../models/EmployeeTitleDTO.ts';

/**
 * The request of `alipay.commerce.ec.employee.title.delete` (POST /v3/alipay/commerce/ec/employee/title/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeTitleDeleteRequest = {};
 * ```
 */
export interface AlipayCommerceEcEmployeeTitleDeleteRequest {
  employee_title_list?: EmployeeTitleDTO[];
}

/**
 * The result of `alipay.commerce.ec.employee.title.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeTitleDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEmployeeTitleDeleteResult {
  ec_employee_title_failed_list?: EcEmployeeTitleFailed;
}

/**
 * The error codes of `alipay.commerce.ec.employee.title.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeTitleDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeTitleDeleteErrorCode = "INVALID_PARAMETER" | "OVER_MAXIMUM_CAPACITY" | "ENTERPRISE_NOT_EXIST" | "TITLE_ENTERPRISE_NOT_MATCH" | "SYSTEM_ERROR" | "TITLE_ID_IS_BLANK" | "ENTERPRISE_ID_IS_BLANK" | "PARAMETER_ERROR" | "EMPLOYEE_NOT_EXIST";

/**
 * `alipay.commerce.ec.employee.title.delete`: POST /v3/alipay/commerce/ec/employee/title/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeTitleDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeTitleDelete, {});
 * ```
 */
export const alipayCommerceEcEmployeeTitleDelete: ApiDefinition<"alipay.commerce.ec.employee.title.delete", AlipayCommerceEcEmployeeTitleDeleteRequest, AlipayCommerceEcEmployeeTitleDeleteResult, AlipayCommerceEcEmployeeTitleDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.title.delete",
  'POST',
  () => ({ employee_title_list: [EmployeeTitleDTOShape] }),
  () => ({ ec_employee_title_failed_list: EcEmployeeTitleFailedShape }),
);
