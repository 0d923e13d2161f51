// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ArInvoiceLineOpenApiResponse, ArInvoiceLineOpenApiResponseShape } from './ArInvoiceLineOpenApiResponse.ts';
import { type MultiCurrencyMoneyOpenApi, MultiCurrencyMoneyOpenApiShape } from './MultiCurrencyMoneyOpenApi.ts';

/**
 * `ArRelInvoiceOpenApiResponse`, a model of Alipay's v3 description (in `alipay.boss.fnc.invoice.batchquery`, `alipay.boss.fnc.invoice.query`).
 *
 * @example
 * ```ts
 * const value: ArRelInvoiceOpenApiResponse = { buyer_address: '…', buyer_bank_account: '…' };
 * ```
 */
export interface ArRelInvoiceOpenApiResponse {
  ar_invoice_lines?: ArInvoiceLineOpenApiResponse;
  buyer_address?: string;
  buyer_bank_account?: string;
  buyer_bank_name?: string;
  buyer_invoice_title?: string;
  buyer_tax_no?: string;
  buyer_telephone?: string;
  can_link?: boolean;
  creator?: string;
  drawer?: string;
  elc_invoice_url?: string;
  gmt_create?: string;
  gmt_modified?: string;
  inst_id?: string;
  invoice_amt?: MultiCurrencyMoneyOpenApi;
  invoice_channel?: string;
  invoice_code?: string;
  invoice_date?: string;
  invoice_id?: string;
  invoice_material?: string;
  invoice_no?: string;
  invoice_note?: string;
  invoice_status?: string;
  invoice_type?: string;
  ip_id?: string;
  ip_role_id?: string;
  last_moder?: string;
  linked_amt?: MultiCurrencyMoneyOpenApi;
  mail_status?: string;
  memo?: string;
  no_bill_invoice_flag?: string;
  online?: boolean;
  payee?: string;
  recent_mail_id?: string;
  red?: string;
  red_amt?: MultiCurrencyMoneyOpenApi;
  reviewer?: string;
  seller_address?: string;
  seller_bank_account?: string;
  seller_bank_name?: string;
  seller_company_name?: string;
  seller_tax_no?: string;
  seller_telephone?: string;
  tnt_inst_id?: string;
}
export const ArRelInvoiceOpenApiResponseShape = (): object => ({ ar_invoice_lines: ArInvoiceLineOpenApiResponseShape, buyer_address: 0, buyer_bank_account: 0, buyer_bank_name: 0, buyer_invoice_title: 0, buyer_tax_no: 0, buyer_telephone: 0, can_link: 2, creator: 0, drawer: 0, elc_invoice_url: 0, gmt_create: 0, gmt_modified: 0, inst_id: 0, invoice_amt: MultiCurrencyMoneyOpenApiShape, invoice_channel: 0, invoice_code: 0, invoice_date: 0, invoice_id: 0, invoice_material: 0, invoice_no: 0, invoice_note: 0, invoice_status: 0, invoice_type: 0, ip_id: 0, ip_role_id: 0, last_moder: 0, linked_amt: MultiCurrencyMoneyOpenApiShape, mail_status: 0, memo: 0, no_bill_invoice_flag: 0, online: 2, payee: 0, recent_mail_id: 0, red: 0, red_amt: MultiCurrencyMoneyOpenApiShape, reviewer: 0, seller_address: 0, seller_bank_account: 0, seller_bank_name: 0, seller_company_name: 0, seller_tax_no: 0, seller_telephone: 0, tnt_inst_id: 0 });
