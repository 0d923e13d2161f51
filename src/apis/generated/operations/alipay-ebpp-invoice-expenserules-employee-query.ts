// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expenserules.employee.query` (GET /v3/alipay/ebpp/invoice/expenserules/employee/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenserulesEmployeeQueryRequest = { account_id: "2088123456789000", agreement_no: "20205820659822371223" };
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesEmployeeQueryRequest {
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
 * The result of `alipay.ebpp.invoice.expenserules.employee.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenserulesEmployeeQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpenserulesEmployeeQueryResult {
  employee_list?: string[];
  employee_open_id_list?: string[];
  page_num?: number;
  page_size?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.ebpp.invoice.expenserules.employee.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenserulesEmployeeQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpenserulesEmployeeQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `alipay.ebpp.invoice.expenserules.employee.query`: GET /v3/alipay/ebpp/invoice/expenserules/employee/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenserulesEmployeeQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenserulesEmployeeQuery, { account_id: "2088123456789000", agreement_no: "20205820659822371223" });
 * ```
 */
export const alipayEbppInvoiceExpenserulesEmployeeQuery: ApiDefinition<"alipay.ebpp.invoice.expenserules.employee.query", AlipayEbppInvoiceExpenserulesEmployeeQueryRequest, AlipayEbppInvoiceExpenserulesEmployeeQueryResult, AlipayEbppInvoiceExpenserulesEmployeeQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expenserules.employee.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "enterprise_id", "standard_id", "page_num", "page_size"] },
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, standard_id: 0, page_num: 1, page_size: 1 }),
  () => ({ employee_list: [0], employee_open_id_list: [0], page_num: 1, page_size: 1, total_page_count: 1 }),
);
