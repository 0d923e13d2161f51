// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.apply.status.notify` (PUT /v3/alipay/ebpp/invoice/apply/status/notify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceApplyStatusNotifyRequest = { apply_id: '…', apply_status: '…' };
 * ```
 */
export interface AlipayEbppInvoiceApplyStatusNotifyRequest {
  apply_id?: string;
  apply_status?: string;
  invoice_uks?: InvoiceUkDTO[];
  message?: string;
}

/**
 * The result of `alipay.ebpp.invoice.apply.status.notify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceApplyStatusNotifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceApplyStatusNotifyResult {
  missing_invoices?: InvoiceUkDTO[];
  update_success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.apply.status.notify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceApplyStatusNotifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceApplyStatusNotifyErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `InvoiceUkDTO`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.apply.status.notify`).
 *
 * @example
 * ```ts
 * const value: InvoiceUkDTO = { invoice_code: '…', invoice_no: '…' };
 * ```
 */
export interface InvoiceUkDTO {
  invoice_code?: string;
  invoice_no?: string;
}
const InvoiceUkDTOShape = (): object => ({ invoice_code: 0, invoice_no: 0 });

/**
 * `alipay.ebpp.invoice.apply.status.notify`: PUT /v3/alipay/ebpp/invoice/apply/status/notify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceApplyStatusNotify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceApplyStatusNotify, { apply_id: '…', apply_status: '…' });
 * ```
 */
export const alipayEbppInvoiceApplyStatusNotify: ApiDefinition<"alipay.ebpp.invoice.apply.status.notify", AlipayEbppInvoiceApplyStatusNotifyRequest, AlipayEbppInvoiceApplyStatusNotifyResult, AlipayEbppInvoiceApplyStatusNotifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.apply.status.notify",
  'PUT',
  () => ({ apply_id: 0, apply_status: 0, invoice_uks: [InvoiceUkDTOShape], message: 0 }),
  () => ({ missing_invoices: [InvoiceUkDTOShape], update_success: 2 }),
);
