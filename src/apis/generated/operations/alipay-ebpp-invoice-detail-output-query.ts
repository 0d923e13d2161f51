// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceItemContent, InvoiceItemContentShape } from '../models/InvoiceItemContent.ts';

/**
 * The request of `alipay.ebpp.invoice.detail.output.query` (POST /v3/alipay/ebpp/invoice/detail/output/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceDetailOutputQueryRequest = { invoice_code: '…', invoice_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceDetailOutputQueryRequest {
  invoice_code?: string;
  invoice_no?: string;
  open_id?: string;
  scene?: string;
  skip_expense_progress_sync?: boolean;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.detail.output.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceDetailOutputQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceDetailOutputQueryResult {
  anti_fake_code?: string;
  ex_tax_amount?: string;
  expense_status?: string;
  has_risk?: boolean;
  has_upload_pdf?: string;
  invoice_amount?: string;
  invoice_code?: string;
  invoice_date?: string;
  invoice_img_url?: string;
  invoice_item_content_list?: InvoiceItemContent[];
  invoice_no?: string;
  invoice_status?: string;
  invoice_type?: string;
  payee_address?: string;
  payee_bank_account?: string;
  payee_bank_name?: string;
  payee_phone?: string;
  payee_register_name?: string;
  payee_tax_no?: string;
  payer_address?: string;
  payer_bank_account?: string;
  payer_bank_name?: string;
  payer_name?: string;
  payer_phone?: string;
  payer_tax_no?: string;
  sum_tax_amount?: string;
  tax_type?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.detail.output.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceDetailOutputQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceDetailOutputQueryErrorCode = "SYSTEM_ERROR" | "INVOICE_NOT_EXIST" | "INVOICE_QUERY_DENY" | "PARAMETER_ILLEGAL" | "QUERY_TAX_NO_NOT_EQUAL_CERTIFY_NO";

/**
 * `alipay.ebpp.invoice.detail.output.query`: POST /v3/alipay/ebpp/invoice/detail/output/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceDetailOutputQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceDetailOutputQuery, { invoice_code: '…', invoice_no: '…' });
 * ```
 */
export const alipayEbppInvoiceDetailOutputQuery: ApiDefinition<"alipay.ebpp.invoice.detail.output.query", AlipayEbppInvoiceDetailOutputQueryRequest, AlipayEbppInvoiceDetailOutputQueryResult, AlipayEbppInvoiceDetailOutputQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.detail.output.query",
  'POST',
  () => ({ invoice_code: 0, invoice_no: 0, open_id: 0, scene: 0, skip_expense_progress_sync: 2, user_id: 0 }),
  () => ({ anti_fake_code: 0, ex_tax_amount: 0, expense_status: 0, has_risk: 2, has_upload_pdf: 0, invoice_amount: 0, invoice_code: 0, invoice_date: 0, invoice_img_url: 0, invoice_item_content_list: [InvoiceItemContentShape], invoice_no: 0, invoice_status: 0, invoice_type: 0, payee_address: 0, payee_bank_account: 0, payee_bank_name: 0, payee_phone: 0, payee_register_name: 0, payee_tax_no: 0, payer_address: 0, payer_bank_account: 0, payer_bank_name: 0, payer_name: 0, payer_phone: 0, payer_tax_no: 0, sum_tax_amount: 0, tax_type: 0 }),
);
