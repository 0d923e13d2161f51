// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.apply.inv.upload` (PUT /v3/alipay/ebpp/invoice/apply/inv/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceApplyInvUploadRequest = { anti_fake_code: '…', apply_id: '…' };
 * ```
 */
export interface AlipayEbppInvoiceApplyInvUploadRequest {
  anti_fake_code?: string;
  apply_id?: string;
  biz_error_code?: string;
  biz_error_msg?: string;
  business_type?: number;
  check_code?: string;
  create_result?: string;
  device_no?: string;
  invoice_amount?: string;
  invoice_code?: string;
  invoice_date?: string;
  invoice_file_content?: string;
  invoice_file_type?: string;
  invoice_items?: InvoiceItem;
  invoice_kind?: number;
  invoice_memo?: string;
  invoice_no?: string;
  invoice_type?: string;
  levy_type?: string;
  normal_invoice_code?: string;
  normal_invoice_no?: string;
  payee_address?: string;
  payee_bank_account_id?: string;
  payee_bank_name?: string;
  payee_checker?: string;
  payee_name?: string;
  payee_operator?: string;
  payee_phone?: string;
  payee_receiver?: string;
  payee_register_no?: string;
  payer_address?: string;
  payer_bank_account_id?: string;
  payer_bank_name?: string;
  payer_email?: string;
  payer_name?: string;
  payer_phone?: string;
  payer_register_no?: string;
  platform_code?: string;
  platform_tid?: string;
  platform_user_id?: string;
  qr_code?: string;
  receive_mobile?: string;
  red_notice_no?: string;
  serial_no?: string;
  source?: string;
  special_flag?: string;
  sum_price?: string;
  sum_tax?: string;
}

/**
 * The result of `alipay.ebpp.invoice.apply.inv.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceApplyInvUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceApplyInvUploadResult {
  is_success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.apply.inv.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceApplyInvUploadErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceApplyInvUploadErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `InvoiceItem`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.apply.inv.upload`).
 *
 * @example
 * ```ts
 * const value: InvoiceItem = { amount: '…', item_name: '…' };
 * ```
 */
export interface InvoiceItem {
  amount?: string;
  item_name?: string;
  item_no?: string;
  price?: string;
  quantity?: string;
  row_type?: number;
  specification?: string;
  sum_price?: string;
  tax?: string;
  tax_rate?: string;
  unit?: string;
  zero_rate_flag?: string;
}
const InvoiceItemShape = (): object => ({ amount: 0, item_name: 0, item_no: 0, price: 0, quantity: 0, row_type: 1, specification: 0, sum_price: 0, tax: 0, tax_rate: 0, unit: 0, zero_rate_flag: 0 });

/**
 * `alipay.ebpp.invoice.apply.inv.upload`: PUT /v3/alipay/ebpp/invoice/apply/inv/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceApplyInvUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceApplyInvUpload, { anti_fake_code: '…', apply_id: '…' });
 * ```
 */
export const alipayEbppInvoiceApplyInvUpload: ApiDefinition<"alipay.ebpp.invoice.apply.inv.upload", AlipayEbppInvoiceApplyInvUploadRequest, AlipayEbppInvoiceApplyInvUploadResult, AlipayEbppInvoiceApplyInvUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.apply.inv.upload",
  'PUT',
  () => ({ anti_fake_code: 0, apply_id: 0, biz_error_code: 0, biz_error_msg: 0, business_type: 1, check_code: 0, create_result: 0, device_no: 0, invoice_amount: 0, invoice_code: 0, invoice_date: 0, invoice_file_content: 0, invoice_file_type: 0, invoice_items: InvoiceItemShape, invoice_kind: 1, invoice_memo: 0, invoice_no: 0, invoice_type: 0, levy_type: 0, normal_invoice_code: 0, normal_invoice_no: 0, payee_address: 0, payee_bank_account_id: 0, payee_bank_name: 0, payee_checker: 0, payee_name: 0, payee_operator: 0, payee_phone: 0, payee_receiver: 0, payee_register_no: 0, payer_address: 0, payer_bank_account_id: 0, payer_bank_name: 0, payer_email: 0, payer_name: 0, payer_phone: 0, payer_register_no: 0, platform_code: 0, platform_tid: 0, platform_user_id: 0, qr_code: 0, receive_mobile: 0, red_notice_no: 0, serial_no: 0, source: 0, special_flag: 0, sum_price: 0, sum_tax: 0 }),
  () => ({ is_success: 2 }),
);
