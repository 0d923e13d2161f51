// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseConsumeInfo, ExpenseConsumeInfoShape } from '../models/ExpenseConsumeInfo.ts';
import { type ExpenseInvoiceInfo, ExpenseInvoiceInfoShape } from '../models/ExpenseInvoiceInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.detail.query` (GET /v3/alipay/ebpp/invoice/enterpriseconsume/detail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeDetailQueryRequest = { account_id: "2088123456789000", agreement_no: "20205820659822371223" };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeDetailQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  voucher_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeDetailQueryResult {
  expense_consume_info?: ExpenseConsumeInfo;
  expense_invoice_info?: ExpenseInvoiceInfo;
  voucher_info?: ExpenseVoucherInfo;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeDetailQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeDetailQueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "VOUCHER_NOT_EXIST" | "INVALID_PARAMETER";

/**
 * `ExpenseVoucherInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.detail.query`).
 *
 * @example
 * ```ts
 * const value: ExpenseVoucherInfo = { account_id: '…', consumption_date: '…' };
 * ```
 */
export interface ExpenseVoucherInfo {
  account_id?: string;
  consumption_date?: string;
  employee_id?: string;
  employee_open_id?: string;
  extension?: string;
  gmt_create?: string;
  gmt_modified?: string;
  industry?: string;
  is_off_set?: string;
  medium?: string;
  outer_source_id?: string;
  parent_type?: string;
  voucher_amount?: string;
  voucher_date?: string;
  voucher_id?: string;
  voucher_no?: string;
  voucher_state?: string;
  voucher_type?: string;
}
const ExpenseVoucherInfoShape = (): object => ({ account_id: 0, consumption_date: 0, employee_id: 0, employee_open_id: 0, extension: 0, gmt_create: 0, gmt_modified: 0, industry: 0, is_off_set: 0, medium: 0, outer_source_id: 0, parent_type: 0, voucher_amount: 0, voucher_date: 0, voucher_id: 0, voucher_no: 0, voucher_state: 0, voucher_type: 0 });

/**
 * `alipay.ebpp.invoice.enterpriseconsume.detail.query`: GET /v3/alipay/ebpp/invoice/enterpriseconsume/detail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeDetailQuery, { account_id: "2088123456789000", agreement_no: "20205820659822371223" });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeDetailQuery: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.detail.query", AlipayEbppInvoiceEnterpriseconsumeDetailQueryRequest, AlipayEbppInvoiceEnterpriseconsumeDetailQueryResult, AlipayEbppInvoiceEnterpriseconsumeDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.detail.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "voucher_id"] },
  () => ({ account_id: 0, agreement_no: 0, voucher_id: 0 }),
  () => ({ expense_consume_info: ExpenseConsumeInfoShape, expense_invoice_info: ExpenseInvoiceInfoShape, voucher_info: ExpenseVoucherInfoShape }),
);
