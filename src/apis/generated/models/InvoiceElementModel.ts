// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type EinvTrade, EinvTradeShape } from './EinvTrade.ts';

/**
 * `InvoiceElementModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.order.query`, `alipay.ebpp.invoice.taxno.batchquery`, `alipay.ebpp.invoice.token.batchquery`).
 *
 * @example
 * ```ts
 * const value: InvoiceElementModel = { expense_status: '…', extend_fields: '…' };
 * ```
 */
export interface InvoiceElementModel {
  expense_status?: string;
  extend_fields?: string;
  fake_code?: string;
  file_type?: string;
  has_pdf_file?: boolean;
  has_risk?: boolean;
  invoice_amount?: string;
  invoice_code?: string;
  invoice_date?: string;
  invoice_img_url?: string;
  invoice_kind?: string;
  invoice_no?: string;
  invoice_status?: string;
  isv_contact?: string;
  isv_name?: string;
  logo_url?: string;
  m_name?: string;
  out_tax_amount?: string;
  payee_name?: string;
  payee_tax_no?: string;
  payer_name?: string;
  payer_tax_no?: string;
  pdf_url?: string;
  source?: string;
  trade_list?: EinvTrade[];
  trade_match_result?: string;
}
export const InvoiceElementModelShape = (): object => ({ expense_status: 0, extend_fields: 0, fake_code: 0, file_type: 0, has_pdf_file: 2, has_risk: 2, invoice_amount: 0, invoice_code: 0, invoice_date: 0, invoice_img_url: 0, invoice_kind: 0, invoice_no: 0, invoice_status: 0, isv_contact: 0, isv_name: 0, logo_url: 0, m_name: 0, out_tax_amount: 0, payee_name: 0, payee_tax_no: 0, payer_name: 0, payer_tax_no: 0, pdf_url: 0, source: 0, trade_list: [EinvTradeShape], trade_match_result: 0 });
