// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.logistics.invoice.istdwaybill.query` (GET /v3/alipay/commerce/logistics/invoice/istdwaybill/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceLogisticsInvoiceIstdwaybillQueryRequest = { logistics_code: "FENGNIAO", out_invoice_request_no: "out_invoice_no_00001" };
 * ```
 */
export interface AlipayCommerceLogisticsInvoiceIstdwaybillQueryRequest {
  /** A query parameter (v3). */
  logistics_code?: string;
  /** A query parameter (v3). */
  out_invoice_request_no?: string;
}

/**
 * The result of `alipay.commerce.logistics.invoice.istdwaybill.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceLogisticsInvoiceIstdwaybillQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceLogisticsInvoiceIstdwaybillQueryResult {
  status?: number;
  waybill_invoices?: WaybillInvoiceQueryIstd[];
}

/**
 * The error codes of `alipay.commerce.logistics.invoice.istdwaybill.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceLogisticsInvoiceIstdwaybillQueryErrorCode = "PARAM_ILLEGAL";
 * ```
 */
export type AlipayCommerceLogisticsInvoiceIstdwaybillQueryErrorCode = "PARAM_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `WaybillInvoiceQueryIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.invoice.istdwaybill.query`).
 *
 * @example
 * ```ts
 * const value: WaybillInvoiceQueryIstd = { reason: '…', shop_no: '…' };
 * ```
 */
export interface WaybillInvoiceQueryIstd {
  reason?: string;
  shop_no?: string;
  waybill_amount?: string;
  waybill_invoice_status?: number;
  waybill_no?: string;
}
const WaybillInvoiceQueryIstdShape = (): object => ({ reason: 0, shop_no: 0, waybill_amount: 0, waybill_invoice_status: 1, waybill_no: 0 });

/**
 * `alipay.commerce.logistics.invoice.istdwaybill.query`: GET /v3/alipay/commerce/logistics/invoice/istdwaybill/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceLogisticsInvoiceIstdwaybillQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceLogisticsInvoiceIstdwaybillQuery, { logistics_code: "FENGNIAO", out_invoice_request_no: "out_invoice_no_00001" });
 * ```
 */
export const alipayCommerceLogisticsInvoiceIstdwaybillQuery: ApiDefinition<"alipay.commerce.logistics.invoice.istdwaybill.query", AlipayCommerceLogisticsInvoiceIstdwaybillQueryRequest, AlipayCommerceLogisticsInvoiceIstdwaybillQueryResult, AlipayCommerceLogisticsInvoiceIstdwaybillQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.logistics.invoice.istdwaybill.query",
  { verb: 'GET', query: ["logistics_code", "out_invoice_request_no"] },
  () => ({ logistics_code: 0, out_invoice_request_no: 0 }),
  () => ({ status: 1, waybill_invoices: [WaybillInvoiceQueryIstdShape] }),
);
