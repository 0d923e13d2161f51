// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseCtrRuleInfo, ExpenseCtrRuleInfoShape } from '../models/ExpenseCtrRuleInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.scenerule.modify` (POST /v3/alipay/ebpp/invoice/expenserules/scenerule/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesSceneruleModifyRequest = { account_id: '…', action: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesSceneruleModifyRequest {
  account_id?: string;
  action?: string;
  agreement_no?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  enterprise_id?: string;
  expense_ctrl_rule_info_list?: ExpenseCtrRuleInfo[];
  payment_policy?: string;
  standard_desc?: string;
  standard_id?: string;
  standard_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.scenerule.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesSceneruleModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesSceneruleModifyResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.scenerule.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesSceneruleModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesSceneruleModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "STANDARD_EXIST_ERROR" | "STANDARD_NAME_EXIST_ERROR" | "EXPENSE_RULE_CREATE_FAIL";

/**
 * `alipay.ebpp.invoice.expenserules.scenerule.modify`: POST /v3/alipay/ebpp/invoice/expenserules/scenerule/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesSceneruleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesSceneruleModify, { account_id: '…', action: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenserulesSceneruleModify: ApiDefinition<"alipay.ebpp.invoice.expenserules.scenerule.modify", AlipayEbppInvoiceExpenserulesSceneruleModifyRequest, AlipayEbppInvoiceExpenserulesSceneruleModifyResult, AlipayEbppInvoiceExpenserulesSceneruleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.scenerule.modify",
  'POST',
  () => ({ account_id: 0, action: 0, agreement_no: 0, effective_end_date: 0, effective_start_date: 0, enterprise_id: 0, expense_ctrl_rule_info_list: [ExpenseCtrRuleInfoShape], payment_policy: 0, standard_desc: 0, standard_id: 0, standard_name: 0 }),
  () => ({ success: 2 }),
);
