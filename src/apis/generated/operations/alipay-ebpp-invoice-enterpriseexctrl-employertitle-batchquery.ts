// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EnterpriseTitleInfo, EnterpriseTitleInfoShape } from '../models/EnterpriseTitleInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.batchquery` (POST /v3/alipay/ebpp/invoice/enterpriseexctrl/employertitle/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryRequest {
  account_id?: string;
  agreement_no?: string;
  enterprise_id?: string;
  page_num?: number;
  page_size?: number;
  tax_register_no?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryResult {
  code?: string;
  msg?: string;
  title_code?: string;
  title_info_list?: EnterpriseTitleInfo[];
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseexctrl.employertitle.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryErrorCode = "PERMISSION_DENIED";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryErrorCode = "PERMISSION_DENIED" | "SYSTEM_ERROR" | "PARAMETER_ILLEGAL";

/**
 * `alipay.ebpp.invoice.enterpriseexctrl.employertitle.batchquery`: POST /v3/alipay/ebpp/invoice/enterpriseexctrl/employertitle/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseexctrlEmployertitleBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseexctrlEmployertitleBatchquery, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceEnterpriseexctrlEmployertitleBatchquery: ApiDefinition<"alipay.ebpp.invoice.enterpriseexctrl.employertitle.batchquery", AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryRequest, AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryResult, AlipayEbppInvoiceEnterpriseexctrlEmployertitleBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseexctrl.employertitle.batchquery",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, page_num: 1, page_size: 1, tax_register_no: 0 }),
  () => ({ code: 0, msg: 0, title_code: 0, title_info_list: [EnterpriseTitleInfoShape] }),
);
