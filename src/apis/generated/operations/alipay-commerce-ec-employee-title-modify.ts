// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.employee.title.modify` (PUT /v3/alipay/commerce/ec/employee/title: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEmployeeTitleModifyRequest = { account_id: '…', create_by: '…' };
 * ```
 */
export interface AlipayCommerceEcEmployeeTitleModifyRequest {
  account_id?: string;
  create_by?: string;
  employee_id?: string;
  enterprise_id?: string;
  modify_by?: string;
  multi_title_list?: EcEmployeeTitleModifyTaxNoAndTitleId[];
  new_title_id?: string;
  /** @deprecated */
  old_title_id?: string;
  open_id?: string;
  tax_register_no?: string;
  title_tag?: string;
  user_id?: string;
}

/**
 * The result of `alipay.commerce.ec.employee.title.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEmployeeTitleModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayCommerceEcEmployeeTitleModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.commerce.ec.employee.title.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEmployeeTitleModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceEcEmployeeTitleModifyErrorCode = "INVALID_PARAMETER" | "TITLE_ENTERPRISE_NOT_MATCH" | "SYSTEM_ERROR" | "EMPLOYEE_TITLE_ALREADY_EXIST" | "EMPLOYEE_TITLE_PEROID_INVALID";

/**
 * `EcEmployeeTitleModifyTaxNoAndTitleId`, a model of Alipay's v3 description (in `alipay.commerce.ec.employee.title.modify`).
 *
 * @example
 * ```ts
 * const value: EcEmployeeTitleModifyTaxNoAndTitleId = { tax_register_no: '…', title_id: '…' };
 * ```
 */
export interface EcEmployeeTitleModifyTaxNoAndTitleId {
  tax_register_no?: string;
  title_id?: string;
}
const EcEmployeeTitleModifyTaxNoAndTitleIdShape = (): object => ({ tax_register_no: 0, title_id: 0 });

/**
 * `alipay.commerce.ec.employee.title.modify`: PUT /v3/alipay/commerce/ec/employee/title over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEmployeeTitleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEmployeeTitleModify, { account_id: '…', create_by: '…' });
 * ```
 */
export const alipayCommerceEcEmployeeTitleModify: ApiDefinition<"alipay.commerce.ec.employee.title.modify", AlipayCommerceEcEmployeeTitleModifyRequest, AlipayCommerceEcEmployeeTitleModifyResult, AlipayCommerceEcEmployeeTitleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.employee.title.modify",
  { verb: 'PUT', path: "/v3/alipay/commerce/ec/employee/title" },
  () => ({ account_id: 0, create_by: 0, employee_id: 0, enterprise_id: 0, modify_by: 0, multi_title_list: [EcEmployeeTitleModifyTaxNoAndTitleIdShape], new_title_id: 0, old_title_id: 0, open_id: 0, tax_register_no: 0, title_tag: 0, user_id: 0 }),
  () => ({}),
);
