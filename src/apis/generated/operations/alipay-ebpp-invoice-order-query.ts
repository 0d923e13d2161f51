// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InvoiceElementModel, InvoiceElementModelShape } from '../models/InvoiceElementModel.ts';

/**
 * The request of `alipay.ebpp.invoice.order.query` (GET /v3/alipay/ebpp/invoice/order/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceOrderQueryRequest = { order_no: "20200520110046966071", m_short_name: "KFC" };
 * ```
 */
export interface AlipayEbppInvoiceOrderQueryRequest {
  /** A query parameter (v3). */
  order_no?: string;
  /** A query parameter (v3). */
  m_short_name?: string;
  /** A query parameter (v3). */
  sub_m_short_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceOrderQueryResult {
  invoice_element_model?: InvoiceElementModel;
  order_no?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceOrderQueryErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEbppInvoiceOrderQueryErrorCode = "BIZ_ERROR";

/**
 * `alipay.ebpp.invoice.order.query`: GET /v3/alipay/ebpp/invoice/order/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceOrderQuery, { order_no: "20200520110046966071", m_short_name: "KFC" });
 * ```
 */
export const alipayEbppInvoiceOrderQuery: ApiDefinition<"alipay.ebpp.invoice.order.query", AlipayEbppInvoiceOrderQueryRequest, AlipayEbppInvoiceOrderQueryResult, AlipayEbppInvoiceOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.order.query",
  { verb: 'GET', query: ["order_no", "m_short_name", "sub_m_short_name"] },
  () => ({ order_no: 0, m_short_name: 0, sub_m_short_name: 0 }),
  () => ({ invoice_element_model: InvoiceElementModelShape, order_no: 0 }),
);
