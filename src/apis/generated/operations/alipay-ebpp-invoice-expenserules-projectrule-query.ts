// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseCtrRuleGroupInfo, ExpenseCtrRuleGroupInfoShape } from '../models/ExpenseCtrRuleGroupInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.projectrule.query` (GET /v3/alipay/ebpp/invoice/expenserules/projectrule/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesProjectruleQueryRequest = { account_id: "2088000194958956", agreement_no: "20215425001112341234" };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectruleQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  project_id?: string;
  /** A query parameter (v3). */
  employee_id?: string;
  /** A query parameter (v3). */
  employee_open_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.projectrule.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesProjectruleQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesProjectruleQueryResult {
  page_num?: string;
  page_size?: string;
  project_rule_info_list?: ProjectRuleInfo[];
  total_count?: string;
  total_page_count?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.projectrule.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesProjectruleQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesProjectruleQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "PROJECT_NOT_EXIST_ERROR";

/**
 * `ProjectRuleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expenserules.projectrule.query`).
 *
 * @example
 * ```ts
 * const value: ProjectRuleInfo = { effective_end_date: '…', effective_start_date: '…' };
 * ```
 */
export interface ProjectRuleInfo {
  effective_end_date?: string;
  effective_start_date?: string;
  employee_list?: string[];
  employee_open_id_list?: string[];
  expense_ctrl_rule_info_group_list?: ExpenseCtrRuleGroupInfo[];
  project_id?: string;
  project_name?: string;
}
const ProjectRuleInfoShape = (): object => ({ effective_end_date: 0, effective_start_date: 0, employee_list: [0], employee_open_id_list: [0], expense_ctrl_rule_info_group_list: [ExpenseCtrRuleGroupInfoShape], project_id: 0, project_name: 0 });

/**
 * `alipay.ebpp.invoice.expenserules.projectrule.query`: GET /v3/alipay/ebpp/invoice/expenserules/projectrule/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesProjectruleQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesProjectruleQuery, { account_id: "2088000194958956", agreement_no: "20215425001112341234" });
 * ```
 */
export const alipayEbppInvoiceExpenserulesProjectruleQuery: ApiDefinition<"alipay.ebpp.invoice.expenserules.projectrule.query", AlipayEbppInvoiceExpenserulesProjectruleQueryRequest, AlipayEbppInvoiceExpenserulesProjectruleQueryResult, AlipayEbppInvoiceExpenserulesProjectruleQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.projectrule.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "project_id", "employee_id", "employee_open_id", "page_num", "page_size"] },
  () => ({ account_id: 0, agreement_no: 0, project_id: 0, employee_id: 0, employee_open_id: 0, page_num: 1, page_size: 1 }),
  () => ({ page_num: 0, page_size: 0, project_rule_info_list: [ProjectRuleInfoShape], total_count: 0, total_page_count: 0 }),
);
