// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceElementModel, InvoiceElementModelShape } from '../models/InvoiceElementModel.ts';

/**
 * The request of `alipay.ebpp.invoice.token.batchquery` (GET /v3/alipay/ebpp/invoice/token/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceTokenBatchqueryRequest = { invoice_token: "0136d80096e34a07a528db7cc5bc442888s", scene: "INVOICE_EXPENSE" };
 * ```
 */
export interface AlipayEbppInvoiceTokenBatchqueryRequest {
  /** A query parameter (v3). */
  invoice_token?: string;
  /** A query parameter (v3). */
  scene?: string;
}

/**
 * The result of `alipay.ebpp.invoice.token.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceTokenBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceTokenBatchqueryResult {
  invoice_element_list?: InvoiceElementModel[];
  open_id?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.token.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceTokenBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceTokenBatchqueryErrorCode = "SYSTEM_ERROR" | "INVOICE_INVALID_TOKEN" | "PERMISSION_DENIED" | "PARAMETER_ILLEGAL";

/**
 * `alipay.ebpp.invoice.token.batchquery`: GET /v3/alipay/ebpp/invoice/token/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceTokenBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceTokenBatchquery, { invoice_token: "0136d80096e34a07a528db7cc5bc442888s", scene: "INVOICE_EXPENSE" });
 * ```
 */
export const alipayEbppInvoiceTokenBatchquery: ApiDefinition<"alipay.ebpp.invoice.token.batchquery", AlipayEbppInvoiceTokenBatchqueryRequest, AlipayEbppInvoiceTokenBatchqueryResult, AlipayEbppInvoiceTokenBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.token.batchquery",
  { verb: 'GET', query: ["invoice_token", "scene"] },
  () => ({ invoice_token: 0, scene: 0 }),
  () => ({ invoice_element_list: [InvoiceElementModelShape], open_id: 0, user_id: 0 }),
);
