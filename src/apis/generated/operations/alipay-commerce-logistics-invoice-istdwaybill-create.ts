// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.logistics.invoice.istdwaybill.create` (POST /v3/alipay/commerce/logistics/invoice/istdwaybill/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceLogisticsInvoiceIstdwaybillCreateRequest = { logistics_code: '…', out_invoice_request_no: '…' };
 * ```
 */
export interface AlipayCommerceLogisticsInvoiceIstdwaybillCreateRequest {
  invoice?: Invoice;
  logistics_code?: string;
  out_invoice_request_no?: string;
  waybill_invoices?: WaybillInvoice[];
}

/**
 * The result of `alipay.commerce.logistics.invoice.istdwaybill.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceLogisticsInvoiceIstdwaybillCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceLogisticsInvoiceIstdwaybillCreateResult {
  invoice_fee?: string;
  status?: number;
  waybill_invoices?: WaybillInvoiceIstd[];
}

/**
 * The error codes of `alipay.commerce.logistics.invoice.istdwaybill.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceLogisticsInvoiceIstdwaybillCreateErrorCode = "PARAM_ILLEGAL";
 * ```
 */
export type AlipayCommerceLogisticsInvoiceIstdwaybillCreateErrorCode = "PARAM_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `Invoice`, a model of Alipay's v3 description (in `alipay.commerce.logistics.invoice.istdwaybill.create`).
 *
 * @example
 * ```ts
 * const value: Invoice = { email: '…', invoice_content: '…' };
 * ```
 */
export interface Invoice {
  email?: string;
  invoice_content?: string;
  invoice_fee?: string;
  invoice_title?: string;
  invoice_type?: number;
  phone?: string;
  receiver?: string;
  tax_number?: string;
  title_type?: number;
}
const InvoiceShape = (): object => ({ email: 0, invoice_content: 0, invoice_fee: 0, invoice_title: 0, invoice_type: 1, phone: 0, receiver: 0, tax_number: 0, title_type: 1 });

/**
 * `WaybillInvoice`, a model of Alipay's v3 description (in `alipay.commerce.logistics.invoice.istdwaybill.create`).
 *
 * @example
 * ```ts
 * const value: WaybillInvoice = { waybill_amount: '…', waybill_no: '…' };
 * ```
 */
export interface WaybillInvoice {
  waybill_amount?: string;
  waybill_no?: string;
}
const WaybillInvoiceShape = (): object => ({ waybill_amount: 0, waybill_no: 0 });

/**
 * `WaybillInvoiceIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.invoice.istdwaybill.create`).
 *
 * @example
 * ```ts
 * const value: WaybillInvoiceIstd = { reason: '…', shop_no: '…' };
 * ```
 */
export interface WaybillInvoiceIstd {
  reason?: string;
  shop_no?: string;
  waybill_amount?: string;
  waybill_invoice_status?: number;
  waybill_no?: string;
}
const WaybillInvoiceIstdShape = (): object => ({ reason: 0, shop_no: 0, waybill_amount: 0, waybill_invoice_status: 1, waybill_no: 0 });

/**
 * `alipay.commerce.logistics.invoice.istdwaybill.create`: POST /v3/alipay/commerce/logistics/invoice/istdwaybill/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceLogisticsInvoiceIstdwaybillCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceLogisticsInvoiceIstdwaybillCreate, { logistics_code: '…', out_invoice_request_no: '…' });
 * ```
 */
export const alipayCommerceLogisticsInvoiceIstdwaybillCreate: ApiDefinition<"alipay.commerce.logistics.invoice.istdwaybill.create", AlipayCommerceLogisticsInvoiceIstdwaybillCreateRequest, AlipayCommerceLogisticsInvoiceIstdwaybillCreateResult, AlipayCommerceLogisticsInvoiceIstdwaybillCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.logistics.invoice.istdwaybill.create",
  'POST',
  () => ({ invoice: InvoiceShape, logistics_code: 0, out_invoice_request_no: 0, waybill_invoices: [WaybillInvoiceShape] }),
  () => ({ invoice_fee: 0, status: 1, waybill_invoices: [WaybillInvoiceIstdShape] }),
);
