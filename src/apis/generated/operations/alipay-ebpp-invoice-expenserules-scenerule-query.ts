// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseCtrRuleInfo, ExpenseCtrRuleInfoShape } from '../models/ExpenseCtrRuleInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.scenerule.query` (GET /v3/alipay/ebpp/invoice/expenserules/scenerule/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesSceneruleQueryRequest = { account_id: "2088000194958956", agreement_no: "20215425001112341234" };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesSceneruleQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  standard_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.ebpp.invoice.expenserules.scenerule.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesSceneruleQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesSceneruleQueryResult {
  page_num?: number;
  page_size?: number;
  standard_rule_info_list?: StandardRuleInfo[];
  total_page_count?: number;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.scenerule.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesSceneruleQueryErrorCode = "PARAMETER_ILLEGAL";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesSceneruleQueryErrorCode = "PARAMETER_ILLEGAL" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `StandardRuleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expenserules.scenerule.query`).
 *
 * @example
 * ```ts
 * const value: StandardRuleInfo = { effective_end_date: '…', effective_start_date: '…' };
 * ```
 */
export interface StandardRuleInfo {
  effective_end_date?: string;
  effective_start_date?: string;
  expense_ctrl_rule_info_list?: ExpenseCtrRuleInfo[];
  payment_policy?: string;
  standard_desc?: string;
  standard_id?: string;
  standard_name?: string;
}
const StandardRuleInfoShape = (): object => ({ effective_end_date: 0, effective_start_date: 0, expense_ctrl_rule_info_list: [ExpenseCtrRuleInfoShape], payment_policy: 0, standard_desc: 0, standard_id: 0, standard_name: 0 });

/**
 * `alipay.ebpp.invoice.expenserules.scenerule.query`: GET /v3/alipay/ebpp/invoice/expenserules/scenerule/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesSceneruleQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesSceneruleQuery, { account_id: "2088000194958956", agreement_no: "20215425001112341234" });
 * ```
 */
export const alipayEbppInvoiceExpenserulesSceneruleQuery: ApiDefinition<"alipay.ebpp.invoice.expenserules.scenerule.query", AlipayEbppInvoiceExpenserulesSceneruleQueryRequest, AlipayEbppInvoiceExpenserulesSceneruleQueryResult, AlipayEbppInvoiceExpenserulesSceneruleQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.scenerule.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "enterprise_id", "standard_id", "page_num", "page_size"] },
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, standard_id: 0, page_num: 1, page_size: 1 }),
  () => ({ page_num: 1, page_size: 1, standard_rule_info_list: [StandardRuleInfoShape], total_page_count: 1 }),
);
