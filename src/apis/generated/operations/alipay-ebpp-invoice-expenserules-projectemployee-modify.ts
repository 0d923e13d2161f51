// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.projectemployee.modify` (POST /v3/alipay/ebpp/invoice/expenserules/projectemployee/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesProjectemployeeModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectemployeeModifyRequest {
  account_id?: string;
  add_employee_list?: string[];
  add_employee_open_id_list?: string[];
  agreement_no?: string;
  project_id?: string;
  remove_employee_list?: string[];
  remove_employee_open_id_list?: string[];
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.projectemployee.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesProjectemployeeModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectemployeeModifyResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.projectemployee.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesProjectemployeeModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesProjectemployeeModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PROJECT_NOT_EXIST" | "EMPLOYEE_RULE_CONFLICT" | "PERMISSION_DENIED" | "EMPLOYEE_MAX_RULE_COUNT";

/**
 * `alipay.ebpp.invoice.expenserules.projectemployee.modify`: POST /v3/alipay/ebpp/invoice/expenserules/projectemployee/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesProjectemployeeModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesProjectemployeeModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenserulesProjectemployeeModify: ApiDefinition<"alipay.ebpp.invoice.expenserules.projectemployee.modify", AlipayEbppInvoiceExpenserulesProjectemployeeModifyRequest, AlipayEbppInvoiceExpenserulesProjectemployeeModifyResult, AlipayEbppInvoiceExpenserulesProjectemployeeModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.projectemployee.modify",
  'POST',
  () => ({ account_id: 0, add_employee_list: [0], add_employee_open_id_list: [0], agreement_no: 0, project_id: 0, remove_employee_list: [0], remove_employee_open_id_list: [0] }),
  () => ({ success: 2 }),
);
