// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EinvTrade, EinvTradeShape } from '../models/EinvTrade.ts';
import { type InvoiceItemOpenModel, InvoiceItemOpenModelShape } from '../models/InvoiceItemOpenModel.ts';
import { type InvoiceTitleOpenModel, InvoiceTitleOpenModelShape } from '../models/InvoiceTitleOpenModel.ts';

/**
 * The request of `alipay.ebpp.invoice.info.send` (POST /v3/alipay/ebpp/invoice/info/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInfoSendRequest = { m_short_name: '…', sub_m_short_name: '…' };
 * ```
 */
export interface AlipayEbppInvoiceInfoSendRequest {
  invoice_info_list?: InvoiceSendOpenModel[];
  m_short_name?: string;
  sub_m_short_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.info.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInfoSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInfoSendResult {
  url?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.info.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInfoSendErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInfoSendErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "MERCHANT_NOT_SUPPORT" | "BIZ_ERROR" | "RECORD_ALREADY_EXIST" | "INVOICE_INFOSEC_CHECK_FAIL" | "COLLECTION_NON_USER" | "INVOICE_IS_NOT_EXPIRED";

/**
 * `InvoiceSendOpenModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.info.send`).
 *
 * @example
 * ```ts
 * const value: InvoiceSendOpenModel = { apply_id: '…', check_code: '…' };
 * ```
 */
export interface InvoiceSendOpenModel {
  apply_id?: string;
  check_code?: string;
  checker?: string;
  clerk?: string;
  ex_tax_amount?: string;
  extend_fields?: string;
  file_download_type?: string;
  file_download_url?: string;
  financial_electronic_type?: string;
  invoice_code?: string;
  invoice_content?: InvoiceItemOpenModel[];
  invoice_date?: string;
  invoice_kind?: string;
  invoice_memo?: string;
  invoice_no?: string;
  invoice_title?: InvoiceTitleOpenModel;
  invoice_type?: string;
  open_id?: string;
  ori_blue_inv_code?: string;
  ori_blue_inv_no?: string;
  out_invoice_id?: string;
  out_trade_no?: string;
  payee?: string;
  payee_address_tel?: string;
  payee_bank_name_account?: string;
  payee_register_name?: string;
  payee_register_no?: string;
  sum_amount?: string;
  tax_amount?: string;
  trade_list?: EinvTrade[];
  user_id?: string;
}
const InvoiceSendOpenModelShape = (): object => ({ apply_id: 0, check_code: 0, checker: 0, clerk: 0, ex_tax_amount: 0, extend_fields: 0, file_download_type: 0, file_download_url: 0, financial_electronic_type: 0, invoice_code: 0, invoice_content: [InvoiceItemOpenModelShape], invoice_date: 0, invoice_kind: 0, invoice_memo: 0, invoice_no: 0, invoice_title: InvoiceTitleOpenModelShape, invoice_type: 0, open_id: 0, ori_blue_inv_code: 0, ori_blue_inv_no: 0, out_invoice_id: 0, out_trade_no: 0, payee: 0, payee_address_tel: 0, payee_bank_name_account: 0, payee_register_name: 0, payee_register_no: 0, sum_amount: 0, tax_amount: 0, trade_list: [EinvTradeShape], user_id: 0 });

/**
 * `alipay.ebpp.invoice.info.send`: POST /v3/alipay/ebpp/invoice/info/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInfoSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInfoSend, { m_short_name: '…', sub_m_short_name: '…' });
 * ```
 */
export const alipayEbppInvoiceInfoSend: ApiDefinition<"alipay.ebpp.invoice.info.send", AlipayEbppInvoiceInfoSendRequest, AlipayEbppInvoiceInfoSendResult, AlipayEbppInvoiceInfoSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.info.send",
  'POST',
  () => ({ invoice_info_list: [InvoiceSendOpenModelShape], m_short_name: 0, sub_m_short_name: 0 }),
  () => ({ url: 0 }),
);
