// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseCtrRuleInfo, ExpenseCtrRuleInfoShape } from '../models/ExpenseCtrRuleInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.scenerule.create` (POST /v3/alipay/ebpp/invoice/expenserules/scenerule/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesSceneruleCreateRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesSceneruleCreateRequest {
  account_id?: string;
  agreement_no?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  employee_list?: string[];
  employee_open_id_list?: string[];
  enterprise_id?: string;
  expense_ctrl_rule_info_list?: ExpenseCtrRuleInfo[];
  expense_type?: string;
  payment_policy?: string;
  scene_type?: string;
  standard_desc?: string;
  standard_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.scenerule.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesSceneruleCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesSceneruleCreateResult {
  standard_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.scenerule.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesSceneruleCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesSceneruleCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "STANDARD_NAME_EXIST_ERROR" | "EMPLOYEE_CNT_LIMIT_ERROR" | "EXPENSE_RULE_CREATE_FAIL" | "EMPLOYEE_MAX_RULE_COUNT";

/**
 * `alipay.ebpp.invoice.expenserules.scenerule.create`: POST /v3/alipay/ebpp/invoice/expenserules/scenerule/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesSceneruleCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesSceneruleCreate, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenserulesSceneruleCreate: ApiDefinition<"alipay.ebpp.invoice.expenserules.scenerule.create", AlipayEbppInvoiceExpenserulesSceneruleCreateRequest, AlipayEbppInvoiceExpenserulesSceneruleCreateResult, AlipayEbppInvoiceExpenserulesSceneruleCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.scenerule.create",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, effective_end_date: 0, effective_start_date: 0, employee_list: [0], employee_open_id_list: [0], enterprise_id: 0, expense_ctrl_rule_info_list: [ExpenseCtrRuleInfoShape], expense_type: 0, payment_policy: 0, scene_type: 0, standard_desc: 0, standard_name: 0 }),
  () => ({ standard_id: 0 }),
);
