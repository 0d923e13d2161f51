// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.groupemployee.modify` (POST /v3/alipay/ebpp/invoice/expenserules/groupemployee/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesGroupemployeeModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesGroupemployeeModifyRequest {
  account_id?: string;
  add_employee_list?: string[];
  add_employee_open_id_list?: string[];
  agreement_no?: string;
  enterprise_id?: string;
  group_id_list?: string[];
  remove_employee_list?: string[];
  remove_employee_open_id_list?: string[];
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.groupemployee.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesGroupemployeeModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesGroupemployeeModifyResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.groupemployee.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesGroupemployeeModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesGroupemployeeModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "GROUP_NOT_EXIST" | "PERMISSION_DENIED" | "EMPLOYEE_MAX_RULE_COUNT" | "INVALIDATE_EMPLOYEE_FAIL";

/**
 * `alipay.ebpp.invoice.expenserules.groupemployee.modify`: POST /v3/alipay/ebpp/invoice/expenserules/groupemployee/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesGroupemployeeModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesGroupemployeeModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenserulesGroupemployeeModify: ApiDefinition<"alipay.ebpp.invoice.expenserules.groupemployee.modify", AlipayEbppInvoiceExpenserulesGroupemployeeModifyRequest, AlipayEbppInvoiceExpenserulesGroupemployeeModifyResult, AlipayEbppInvoiceExpenserulesGroupemployeeModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.groupemployee.modify",
  'POST',
  () => ({ account_id: 0, add_employee_list: [0], add_employee_open_id_list: [0], agreement_no: 0, enterprise_id: 0, group_id_list: [0], remove_employee_list: [0], remove_employee_open_id_list: [0] }),
  () => ({ success: 2 }),
);
