// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ArInvoiceOpenApiResponse, ArInvoiceOpenApiResponseShape } from '../models/ArInvoiceOpenApiResponse.ts';
import { type MultiCurrencyMoneyOpenApi, MultiCurrencyMoneyOpenApiShape } from '../models/MultiCurrencyMoneyOpenApi.ts';

/**
 * The request of `alipay.boss.fnc.invoice.batchquery` (POST /v3/alipay/boss/fnc/invoice/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncInvoiceBatchqueryRequest = { apply_order_id: '…', buyer_invoice_title: '…' };
 * ```
 */
export interface AlipayBossFncInvoiceBatchqueryRequest {
  apply_order_id?: string;
  buyer_invoice_title?: string;
  buyer_ipid?: string;
  buyer_ipids?: string[];
  buyer_iprole_id?: string;
  buyer_iprole_ids?: string[];
  inst_id?: string;
  invoice_channel?: string;
  invoice_code?: string;
  invoice_create_date_begin?: string;
  invoice_create_date_end?: string;
  invoice_ids?: string[];
  invoice_material?: string;
  invoice_no?: string;
  invoice_open_date_begin?: string;
  invoice_open_date_end?: string;
  invoice_status?: string[];
  invoice_types?: string[];
  is_online?: string;
  is_red?: string;
  mail_status?: string[];
  monthly_bill_no?: string;
  page_no?: number;
  page_size?: number;
  tracking_no?: string;
}

/**
 * The result of `alipay.boss.fnc.invoice.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncInvoiceBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayBossFncInvoiceBatchqueryResult {
  amt?: MultiCurrencyMoneyOpenApi;
  current_page?: number;
  items_page?: number;
  result_set?: ArInvoiceOpenApiResponse[];
  total_items?: number;
  total_pages?: number;
}

/**
 * The error codes of `alipay.boss.fnc.invoice.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncInvoiceBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayBossFncInvoiceBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.boss.fnc.invoice.batchquery`: POST /v3/alipay/boss/fnc/invoice/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncInvoiceBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncInvoiceBatchquery, { apply_order_id: '…', buyer_invoice_title: '…' });
 * ```
 */
export const alipayBossFncInvoiceBatchquery: ApiDefinition<"alipay.boss.fnc.invoice.batchquery", AlipayBossFncInvoiceBatchqueryRequest, AlipayBossFncInvoiceBatchqueryResult, AlipayBossFncInvoiceBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.invoice.batchquery",
  'POST',
  () => ({ apply_order_id: 0, buyer_invoice_title: 0, buyer_ipid: 0, buyer_ipids: [0], buyer_iprole_id: 0, buyer_iprole_ids: [0], inst_id: 0, invoice_channel: 0, invoice_code: 0, invoice_create_date_begin: 0, invoice_create_date_end: 0, invoice_ids: [0], invoice_material: 0, invoice_no: 0, invoice_open_date_begin: 0, invoice_open_date_end: 0, invoice_status: [0], invoice_types: [0], is_online: 0, is_red: 0, mail_status: [0], monthly_bill_no: 0, page_no: 1, page_size: 1, tracking_no: 0 }),
  () => ({ amt: MultiCurrencyMoneyOpenApiShape, current_page: 1, items_page: 1, result_set: [ArInvoiceOpenApiResponseShape], total_items: 1, total_pages: 1 }),
);
