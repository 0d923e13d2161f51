// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseCtrRuleGroupInfo, ExpenseCtrRuleGroupInfoShape } from '../models/ExpenseCtrRuleGroupInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.projectrules.modify` (POST /v3/alipay/ebpp/invoice/expenserules/projectrules/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesProjectrulesModifyRequest = { account_id: '…', action: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectrulesModifyRequest {
  account_id?: string;
  action?: string;
  agreement_no?: string;
  expense_ctrl_rule_info_group_list?: ExpenseCtrRuleGroupInfo[];
  project_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.projectrules.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesProjectrulesModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectrulesModifyResult {
  success?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.projectrules.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesProjectrulesModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesProjectrulesModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "PROJECT_NOT_EXIST";

/**
 * `alipay.ebpp.invoice.expenserules.projectrules.modify`: POST /v3/alipay/ebpp/invoice/expenserules/projectrules/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesProjectrulesModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesProjectrulesModify, { account_id: '…', action: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenserulesProjectrulesModify: ApiDefinition<"alipay.ebpp.invoice.expenserules.projectrules.modify", AlipayEbppInvoiceExpenserulesProjectrulesModifyRequest, AlipayEbppInvoiceExpenserulesProjectrulesModifyResult, AlipayEbppInvoiceExpenserulesProjectrulesModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.projectrules.modify",
  'POST',
  () => ({ account_id: 0, action: 0, agreement_no: 0, expense_ctrl_rule_info_group_list: [ExpenseCtrRuleGroupInfoShape], project_id: 0 }),
  () => ({ success: 0 }),
);
