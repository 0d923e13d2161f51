// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceItemContent, InvoiceItemContentShape } from '../models/InvoiceItemContent.ts';
import { type InvoiceTitleModel, InvoiceTitleModelShape } from '../models/InvoiceTitleModel.ts';

/**
 * The request of `alipay.ebpp.invoice.sycn` (POST /v3/alipay/ebpp/invoice/sycn: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceSycnRequest = { m_short_name: '…', sub_m_short_name: '…' };
 * ```
 */
export interface AlipayEbppInvoiceSycnRequest {
  invoice_info?: InvoiceModelContent[];
  m_short_name?: string;
  sub_m_short_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.sycn`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceSycnResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceSycnResult {
  url?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.sycn` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceSycnErrorCode = "PARAMETER_ILLEGAL";
 * ```
 */
export type AlipayEbppInvoiceSycnErrorCode = "PARAMETER_ILLEGAL" | "MERCHANT_NOT_SUPPORTED" | "SYSTEM_ERROR" | "RECORD_ALREADY_EXIST" | "COLLECTION_NON_USER";

/**
 * `InvoiceModelContent`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.sycn`).
 *
 * @example
 * ```ts
 * const value: InvoiceModelContent = { apply_id: '…', extend_fields: '…' };
 * ```
 */
export interface InvoiceModelContent {
  apply_id?: string;
  extend_fields?: string;
  file_download_type?: string;
  file_download_url?: string;
  financial_electronic_type?: string;
  invoice_amount?: string;
  invoice_code?: string;
  invoice_content?: InvoiceItemContent[];
  invoice_date?: string;
  invoice_fake_code?: string;
  invoice_file_data?: string;
  invoice_img_url?: string;
  invoice_no?: string;
  invoice_operator?: string;
  invoice_title?: InvoiceTitleModel;
  invoice_type?: string;
  open_id?: string;
  original_blue_invoice_code?: string;
  original_blue_invoice_no?: string;
  out_biz_no?: string;
  out_invoice_id?: string;
  register_address?: string;
  register_bank_account?: string;
  register_bank_name?: string;
  register_name?: string;
  register_no?: string;
  register_phone_no?: string;
  sum_amount?: string;
  tax_amount?: string;
  tax_type?: string;
  user_id?: string;
}
const InvoiceModelContentShape = (): object => ({ apply_id: 0, extend_fields: 0, file_download_type: 0, file_download_url: 0, financial_electronic_type: 0, invoice_amount: 0, invoice_code: 0, invoice_content: [InvoiceItemContentShape], invoice_date: 0, invoice_fake_code: 0, invoice_file_data: 0, invoice_img_url: 0, invoice_no: 0, invoice_operator: 0, invoice_title: InvoiceTitleModelShape, invoice_type: 0, open_id: 0, original_blue_invoice_code: 0, original_blue_invoice_no: 0, out_biz_no: 0, out_invoice_id: 0, register_address: 0, register_bank_account: 0, register_bank_name: 0, register_name: 0, register_no: 0, register_phone_no: 0, sum_amount: 0, tax_amount: 0, tax_type: 0, user_id: 0 });

/**
 * `alipay.ebpp.invoice.sycn`: POST /v3/alipay/ebpp/invoice/sycn over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceSycn } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceSycn, { m_short_name: '…', sub_m_short_name: '…' });
 * ```
 */
export const alipayEbppInvoiceSycn: ApiDefinition<"alipay.ebpp.invoice.sycn", AlipayEbppInvoiceSycnRequest, AlipayEbppInvoiceSycnResult, AlipayEbppInvoiceSycnErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.sycn",
  'POST',
  () => ({ invoice_info: [InvoiceModelContentShape], m_short_name: 0, sub_m_short_name: 0 }),
  () => ({ url: 0 }),
);
