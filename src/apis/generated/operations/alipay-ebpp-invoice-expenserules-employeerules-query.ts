// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.employeerules.query` (GET /v3/alipay/ebpp/invoice/expenserules/employeerules/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesEmployeerulesQueryRequest = { account_id: "208800019495xxxx", agreement_no: "2021542500111234xxxx" };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesEmployeerulesQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
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
 * The result of `alipay.ebpp.invoice.expenserules.employeerules.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesEmployeerulesQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesEmployeerulesQueryResult {
  employee_rules?: ExpenseCtrlEmployeeRuleInfo[];
  page_num?: number;
  page_size?: number;
  total_count?: number;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.employeerules.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesEmployeerulesQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesEmployeerulesQueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INVALID_PARAMETER";

/**
 * `ExpenseCtrlEmployeeRuleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expenserules.employeerules.query`).
 *
 * @example
 * ```ts
 * const value: ExpenseCtrlEmployeeRuleInfo = { effective: 1, effective_end_date: '…' };
 * ```
 */
export interface ExpenseCtrlEmployeeRuleInfo {
  effective?: number;
  effective_end_date?: string;
  effective_start_date?: string;
  owner_type?: string;
  standard_id?: string;
  standard_name?: string;
}
const ExpenseCtrlEmployeeRuleInfoShape = (): object => ({ effective: 1, effective_end_date: 0, effective_start_date: 0, owner_type: 0, standard_id: 0, standard_name: 0 });

/**
 * `alipay.ebpp.invoice.expenserules.employeerules.query`: GET /v3/alipay/ebpp/invoice/expenserules/employeerules/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesEmployeerulesQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesEmployeerulesQuery, { account_id: "208800019495xxxx", agreement_no: "2021542500111234xxxx" });
 * ```
 */
export const alipayEbppInvoiceExpenserulesEmployeerulesQuery: ApiDefinition<"alipay.ebpp.invoice.expenserules.employeerules.query", AlipayEbppInvoiceExpenserulesEmployeerulesQueryRequest, AlipayEbppInvoiceExpenserulesEmployeerulesQueryResult, AlipayEbppInvoiceExpenserulesEmployeerulesQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.employeerules.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "employee_id", "employee_open_id", "page_num", "page_size"] },
  () => ({ account_id: 0, agreement_no: 0, employee_id: 0, employee_open_id: 0, page_num: 1, page_size: 1 }),
  () => ({ employee_rules: [ExpenseCtrlEmployeeRuleInfoShape], page_num: 1, page_size: 1, total_count: 1 }),
);
