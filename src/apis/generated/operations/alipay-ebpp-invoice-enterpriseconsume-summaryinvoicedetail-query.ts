// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query` (GET /v3/alipay/ebpp/invoice/enterpriseconsume/summaryinvoicedetail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryRequest = { account_id: "2088000237836238", agreement_no: "20205820659822371223" };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  summary_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryResult {
  account_id?: string;
  apply_date?: string;
  batch_id?: string;
  batch_status?: string;
  complete_voucher_list?: CompleteVoucherInfo[];
  gmt_biz_end?: string;
  gmt_biz_start?: string;
  status_show_content?: string;
  summary_id?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "SUMMARY_INVOICE_NOT_EXIT" | "PARAMETER_ILLEGAL" | "BIZ_ERROR";

/**
 * `CompleteVoucherInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query`).
 *
 * @example
 * ```ts
 * const value: CompleteVoucherInfo = { anti_fake_code: '…', check_sum: '…' };
 * ```
 */
export interface CompleteVoucherInfo {
  anti_fake_code?: string;
  check_sum?: string;
  device_no?: string;
  file_download_url?: string;
  file_type?: string;
  invoice_amount?: number;
  invoice_code?: string;
  invoice_content_list?: InvoiceContentInfo[];
  invoice_date?: string;
  invoice_kind?: number;
  invoice_memo?: string;
  invoice_no?: string;
  invoice_source?: string;
  invoice_title?: string;
  invoice_type?: string;
  payee_address?: string;
  payee_bank_account?: string;
  payee_bank_name?: string;
  payee_checker?: string;
  payee_mobile?: string;
  payee_name?: string;
  payee_operator?: string;
  payee_receiver?: string;
  payee_register_no?: string;
  payer_address?: string;
  payer_bank_account?: string;
  payer_bank_name?: string;
  payer_mobile?: string;
  payer_name?: string;
  payer_register_no?: string;
  sum_price?: number;
  sum_tax?: number;
}
const CompleteVoucherInfoShape = (): object => ({ anti_fake_code: 0, check_sum: 0, device_no: 0, file_download_url: 0, file_type: 0, invoice_amount: 1, invoice_code: 0, invoice_content_list: [InvoiceContentInfoShape], invoice_date: 0, invoice_kind: 1, invoice_memo: 0, invoice_no: 0, invoice_source: 0, invoice_title: 0, invoice_type: 0, payee_address: 0, payee_bank_account: 0, payee_bank_name: 0, payee_checker: 0, payee_mobile: 0, payee_name: 0, payee_operator: 0, payee_receiver: 0, payee_register_no: 0, payer_address: 0, payer_bank_account: 0, payer_bank_name: 0, payer_mobile: 0, payer_name: 0, payer_register_no: 0, sum_price: 1, sum_tax: 1 });

/**
 * `InvoiceContentInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query`).
 *
 * @example
 * ```ts
 * const value: InvoiceContentInfo = { amount: '…', item_name: '…' };
 * ```
 */
export interface InvoiceContentInfo {
  amount?: string;
  item_name?: string;
  item_no?: string;
  item_unit?: string;
  price?: string;
  quantity?: string;
  row_type?: string;
  specification?: string;
  sum_price?: string;
  tax?: string;
  tax_rate?: string;
  zero_rate_flag?: string;
}
const InvoiceContentInfoShape = (): object => ({ amount: 0, item_name: 0, item_no: 0, item_unit: 0, price: 0, quantity: 0, row_type: 0, specification: 0, sum_price: 0, tax: 0, tax_rate: 0, zero_rate_flag: 0 });

/**
 * `alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query`: GET /v3/alipay/ebpp/invoice/enterpriseconsume/summaryinvoicedetail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQuery, { account_id: "2088000237836238", agreement_no: "20205820659822371223" });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQuery: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query", AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryRequest, AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryResult, AlipayEbppInvoiceEnterpriseconsumeSummaryinvoicedetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.summaryinvoicedetail.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "summary_id"] },
  () => ({ account_id: 0, agreement_no: 0, summary_id: 0 }),
  () => ({ account_id: 0, apply_date: 0, batch_id: 0, batch_status: 0, complete_voucher_list: [CompleteVoucherInfoShape], gmt_biz_end: 0, gmt_biz_start: 0, status_show_content: 0, summary_id: 0, user_id: 0 }),
);
