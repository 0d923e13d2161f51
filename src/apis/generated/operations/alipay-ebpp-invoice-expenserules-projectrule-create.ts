// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseCtrRuleGroupInfo, ExpenseCtrRuleGroupInfoShape } from '../models/ExpenseCtrRuleGroupInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.projectrule.create` (POST /v3/alipay/ebpp/invoice/expenserules/projectrule/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesProjectruleCreateRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectruleCreateRequest {
  account_id?: string;
  agreement_no?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  employee_list?: string[];
  employee_open_id_list?: string[];
  expense_ctrl_rule_info_group_list?: ExpenseCtrRuleGroupInfo[];
  project_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.projectrule.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesProjectruleCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectruleCreateResult {
  project_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.projectrule.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesProjectruleCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesProjectruleCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "EMPLOYEE_LIST_ERROR" | "PROJECT_NAME_EXIST_ERROR" | "EMPLOYEE_CNT_LIMIT_ERROR" | "EMPLOYEE_RULE_CONFLICT" | "EXPENSE_RULE_CREATE_FAIL" | "GROUP_NAME_EXIST" | "EMPLOYEE_MAX_RULE_COUNT";

/**
 * `alipay.ebpp.invoice.expenserules.projectrule.create`: POST /v3/alipay/ebpp/invoice/expenserules/projectrule/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesProjectruleCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesProjectruleCreate, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenserulesProjectruleCreate: ApiDefinition<"alipay.ebpp.invoice.expenserules.projectrule.create", AlipayEbppInvoiceExpenserulesProjectruleCreateRequest, AlipayEbppInvoiceExpenserulesProjectruleCreateResult, AlipayEbppInvoiceExpenserulesProjectruleCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.projectrule.create",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, effective_end_date: 0, effective_start_date: 0, employee_list: [0], employee_open_id_list: [0], expense_ctrl_rule_info_group_list: [ExpenseCtrRuleGroupInfoShape], project_name: 0 }),
  () => ({ project_id: 0 }),
);
