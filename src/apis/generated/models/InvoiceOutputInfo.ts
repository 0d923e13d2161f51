// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type InvoiceItemOpenModel, InvoiceItemOpenModelShape } from './InvoiceItemOpenModel.ts';
import { type InvoiceTitleOpenModel, InvoiceTitleOpenModelShape } from './InvoiceTitleOpenModel.ts';

/**
 * `InvoiceOutputInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.einvpackage.query`, `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: InvoiceOutputInfo = { check_code: '…', checker: '…' };
 * ```
 */
export interface InvoiceOutputInfo {
  check_code?: string;
  checker?: string;
  clerk?: string;
  ex_tax_amount?: string;
  invoice_code?: string;
  invoice_content?: InvoiceItemOpenModel[];
  invoice_date?: string;
  invoice_img_url?: string;
  invoice_kind?: string;
  invoice_memo?: string;
  invoice_no?: string;
  invoice_title?: InvoiceTitleOpenModel;
  invoice_type?: string;
  ori_blue_inv_code?: string;
  ori_blue_inv_no?: string;
  payee?: string;
  payee_address_tel?: string;
  payee_bank_name_account?: string;
  payee_name?: string;
  payee_register_no?: string;
  sum_amount?: string;
  tax_amount?: string;
}
export const InvoiceOutputInfoShape = (): object => ({ check_code: 0, checker: 0, clerk: 0, ex_tax_amount: 0, invoice_code: 0, invoice_content: [InvoiceItemOpenModelShape], invoice_date: 0, invoice_img_url: 0, invoice_kind: 0, invoice_memo: 0, invoice_no: 0, invoice_title: InvoiceTitleOpenModelShape, invoice_type: 0, ori_blue_inv_code: 0, ori_blue_inv_no: 0, payee: 0, payee_address_tel: 0, payee_bank_name_account: 0, payee_name: 0, payee_register_no: 0, sum_amount: 0, tax_amount: 0 });
