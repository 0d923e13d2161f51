// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MultiCurrencyMoneyOpenApi, MultiCurrencyMoneyOpenApiShape } from '../models/MultiCurrencyMoneyOpenApi.ts';

/**
 * The request of `alipay.boss.fnc.invoicereceipt.batchquery` (POST /v3/alipay/boss/fnc/invoicereceipt/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncInvoicereceiptBatchqueryRequest = { out_biz_type: '…' };
 * ```
 */
export interface AlipayBossFncInvoicereceiptBatchqueryRequest {
  bill_nos?: string[];
  out_biz_type?: string;
}

/**
 * The result of `alipay.boss.fnc.invoicereceipt.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncInvoicereceiptBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayBossFncInvoicereceiptBatchqueryResult {
  result_set?: ArInvoiceReceiptOpenApiResponse[];
  total_inv_amt?: MultiCurrencyMoneyOpenApi;
  total_inved_amt?: MultiCurrencyMoneyOpenApi;
  total_link_invoice_amt?: MultiCurrencyMoneyOpenApi;
}

/**
 * The error codes of `alipay.boss.fnc.invoicereceipt.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncInvoicereceiptBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayBossFncInvoicereceiptBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ArInvoiceReceiptOpenApiResponse`, a model of Alipay's v3 description (in `alipay.boss.fnc.invoicereceipt.batchquery`).
 *
 * @example
 * ```ts
 * const value: ArInvoiceReceiptOpenApiResponse = { arrangement_no: '…', id: '…' };
 * ```
 */
export interface ArInvoiceReceiptOpenApiResponse {
  arrangement_no?: string;
  id?: string;
  inst_id?: string;
  inv_dt?: string;
  inv_mode?: string;
  invoice_amt?: MultiCurrencyMoneyOpenApi;
  invoiced_amt?: MultiCurrencyMoneyOpenApi;
  ip_id?: string;
  ip_role_id?: string;
  last_moder?: string;
  link_invoice_amt?: MultiCurrencyMoneyOpenApi;
  out_biz_no?: string;
  out_biz_type?: string;
  pay_way?: string;
  prod_code?: string;
  settle_type?: string;
  status?: string;
  tax_rate?: number;
  tax_type?: string;
  tnt_inst_id?: string;
  type?: string;
}
const ArInvoiceReceiptOpenApiResponseShape = (): object => ({ arrangement_no: 0, id: 0, inst_id: 0, inv_dt: 0, inv_mode: 0, invoice_amt: MultiCurrencyMoneyOpenApiShape, invoiced_amt: MultiCurrencyMoneyOpenApiShape, ip_id: 0, ip_role_id: 0, last_moder: 0, link_invoice_amt: MultiCurrencyMoneyOpenApiShape, out_biz_no: 0, out_biz_type: 0, pay_way: 0, prod_code: 0, settle_type: 0, status: 0, tax_rate: 1, tax_type: 0, tnt_inst_id: 0, type: 0 });

/**
 * `alipay.boss.fnc.invoicereceipt.batchquery`: POST /v3/alipay/boss/fnc/invoicereceipt/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncInvoicereceiptBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncInvoicereceiptBatchquery, { out_biz_type: '…' });
 * ```
 */
export const alipayBossFncInvoicereceiptBatchquery: ApiDefinition<"alipay.boss.fnc.invoicereceipt.batchquery", AlipayBossFncInvoicereceiptBatchqueryRequest, AlipayBossFncInvoicereceiptBatchqueryResult, AlipayBossFncInvoicereceiptBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.invoicereceipt.batchquery",
  'POST',
  () => ({ bill_nos: [0], out_biz_type: 0 }),
  () => ({ result_set: [ArInvoiceReceiptOpenApiResponseShape], total_inv_amt: MultiCurrencyMoneyOpenApiShape, total_inved_amt: MultiCurrencyMoneyOpenApiShape, total_link_invoice_amt: MultiCurrencyMoneyOpenApiShape }),
);
