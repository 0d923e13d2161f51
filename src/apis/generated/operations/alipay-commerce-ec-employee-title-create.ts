// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EcEmployeeTitleFailed, EcEmployeeTitleFailedShape } from '../models/EcEmployeeTitleFailed.ts';
import { type EmployeeTitleDTO, EmployeeTitleDTOShape } from '../models/EmployeeTitleDTO.ts';

/**
 * The request of `alipay.commerce.ec.employee.title.create` (POST /v3/alipay/commerce/ec/employee/title: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeTitleCreateRequest = {};
 * ```
 */
export interface AlipayCommerceEcEmployeeTitleCreateRequest {
  employee_title_list?: EmployeeTitleDTO[];
}

/**
 * The result of `alipay.commerce.ec.employee.title.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeTitleCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEmployeeTitleCreateResult {
  title_failed_list?: EcEmployeeTitleFailed;
}

/**
 * The error codes of `alipay.commerce.ec.employee.title.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeTitleCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeTitleCreateErrorCode = "INVALID_PARAMETER" | "OVER_MAXIMUM_CAPACITY" | "ECEIF_ENTERPRISE_NOT_EXIST" | "ENTERPRISE_ID_IS_BLANK" | "TITLE_ENTERPRISE_NOT_MATCH" | "SYSTEM_ERROR" | "REMOTE_SERVICE_ERROR" | "EMPLOYEE_NOT_EXIST";

/**
 * `alipay.commerce.ec.employee.title.create`: POST /v3/alipay/commerce/ec/employee/title over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeTitleCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeTitleCreate, {});
 * ```
 */
export const alipayCommerceEcEmployeeTitleCreate: ApiDefinition<"alipay.commerce.ec.employee.title.create", AlipayCommerceEcEmployeeTitleCreateRequest, AlipayCommerceEcEmployeeTitleCreateResult, AlipayCommerceEcEmployeeTitleCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.title.create",
  { verb: 'POST', path: "/v3/alipay/commerce/ec/employee/title" },
  () => ({ employee_title_list: [EmployeeTitleDTOShape] }),
  () => ({ title_failed_list: EcEmployeeTitleFailedShape }),
);
