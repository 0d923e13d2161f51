// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.sync.simple.send` (POST /v3/alipay/ebpp/invoice/sync/simple/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceSyncSimpleSendRequest = { m_short_name: '…', sub_m_short_name: '…' };
 * ```
 */
export interface AlipayEbppInvoiceSyncSimpleSendRequest {
  invoice_info?: InvoicePDFSynModel;
  m_short_name?: string;
  sub_m_short_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.sync.simple.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceSyncSimpleSendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEbppInvoiceSyncSimpleSendResult = Record<string, never>;

/**
 * The error codes of `alipay.ebpp.invoice.sync.simple.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceSyncSimpleSendErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEbppInvoiceSyncSimpleSendErrorCode = "BIZ_ERROR" | "PDF_DOWNLOAD_EXCEPTION" | "PDF_DOWNLOAD_FUNC_CLOSED" | "PERMISSION_DENIED" | "INVALID_PARAMETER" | "PDF_TYPE_ILLEGAL" | "COMPRESS_TYPE_NOT_SUPPORT" | "INVOICE_ALREADY_EXIST" | "SYSTEM_ERROR" | "ANT_INVOICE_APPLY_NOT_EXIST";

/**
 * `InvoicePDFSynModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.sync.simple.send`).
 *
 * @example
 * ```ts
 * const value: InvoicePDFSynModel = { apply_id: '…', extend_fields: '…' };
 * ```
 */
export interface InvoicePDFSynModel {
  apply_id?: string;
  extend_fields?: string;
  file_base?: string;
  file_download_type?: string;
  file_download_url?: string;
  login_id?: string;
  open_id?: string;
  out_invoice_id?: string;
  user_id?: string;
  zip?: string;
}
const InvoicePDFSynModelShape = (): object => ({ apply_id: 0, extend_fields: 0, file_base: 0, file_download_type: 0, file_download_url: 0, login_id: 0, open_id: 0, out_invoice_id: 0, user_id: 0, zip: 0 });

/**
 * `alipay.ebpp.invoice.sync.simple.send`: POST /v3/alipay/ebpp/invoice/sync/simple/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceSyncSimpleSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceSyncSimpleSend, { m_short_name: '…', sub_m_short_name: '…' });
 * ```
 */
export const alipayEbppInvoiceSyncSimpleSend: ApiDefinition<"alipay.ebpp.invoice.sync.simple.send", AlipayEbppInvoiceSyncSimpleSendRequest, AlipayEbppInvoiceSyncSimpleSendResult, AlipayEbppInvoiceSyncSimpleSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.sync.simple.send",
  'POST',
  () => ({ invoice_info: InvoicePDFSynModelShape, m_short_name: 0, sub_m_short_name: 0 }),
  () => ({}),
);
