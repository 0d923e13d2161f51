// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceElementModel, InvoiceElementModelShape } from '../models/InvoiceElementModel.ts';

/**
 * The request of `alipay.ebpp.invoice.taxno.batchquery` (POST /v3/alipay/ebpp/invoice/taxno/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceTaxnoBatchqueryRequest = { auth_token: '…', enable_trade_out: '…' };
 * ```
 */
export interface AlipayEbppInvoiceTaxnoBatchqueryRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  enable_trade_out?: string;
  end_invoice_date?: string;
  invoice_kind_list?: string[];
  limit_size?: number;
  page_num?: number;
  scene?: string;
  start_invoice_date?: string;
  tax_no?: string;
}

/**
 * The result of `alipay.ebpp.invoice.taxno.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceTaxnoBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceTaxnoBatchqueryResult {
  invoice_element_list?: InvoiceElementModel[];
  open_id?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.taxno.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceTaxnoBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceTaxnoBatchqueryErrorCode = "SYSTEM_ERROR" | "PARAMETER_ILLEGAL" | "PERMISSION_DENIED" | "QUERY_TAX_NO_NOT_EQUAL_CERTIFY_NO";

/**
 * `alipay.ebpp.invoice.taxno.batchquery`: POST /v3/alipay/ebpp/invoice/taxno/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceTaxnoBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceTaxnoBatchquery, { auth_token: '…', enable_trade_out: '…' });
 * ```
 */
export const alipayEbppInvoiceTaxnoBatchquery: ApiDefinition<"alipay.ebpp.invoice.taxno.batchquery", AlipayEbppInvoiceTaxnoBatchqueryRequest, AlipayEbppInvoiceTaxnoBatchqueryResult, AlipayEbppInvoiceTaxnoBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.taxno.batchquery",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, enable_trade_out: 0, end_invoice_date: 0, invoice_kind_list: [0], limit_size: 1, page_num: 1, scene: 0, start_invoice_date: 0, tax_no: 0 }),
  () => ({ invoice_element_list: [InvoiceElementModelShape], open_id: 0, user_id: 0 }),
);
