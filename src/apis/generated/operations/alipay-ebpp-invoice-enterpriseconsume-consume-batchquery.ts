// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseConsumeInfo, ExpenseConsumeInfoShape } from '../models/ExpenseConsumeInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.consume.batchquery` (POST /v3/alipay/ebpp/invoice/enterpriseconsume/consume/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryRequest {
  account_id?: string;
  agreement_no?: string;
  consumption_end?: string;
  consumption_start?: string;
  employee_list?: string[];
  employee_open_ids?: string[];
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.consume.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryResult {
  expense_consume_info_list?: ExpenseConsumeInfo[];
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.consume.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryErrorCode = "INVALID_PARAMETER" | "PERMISSION_DENIED" | "EMPLOYEE_CNT_LIMIT_ERROR" | "DURATION_EXCEED_LIMIT_ERROR" | "SYSTEM_ERROR" | "DURATION_ILLEGAL";

/**
 * `alipay.ebpp.invoice.enterpriseconsume.consume.batchquery`: POST /v3/alipay/ebpp/invoice/enterpriseconsume/consume/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeConsumeBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeConsumeBatchquery, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeConsumeBatchquery: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.consume.batchquery", AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryRequest, AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryResult, AlipayEbppInvoiceEnterpriseconsumeConsumeBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.consume.batchquery",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, consumption_end: 0, consumption_start: 0, employee_list: [0], employee_open_ids: [0] }),
  () => ({ expense_consume_info_list: [ExpenseConsumeInfoShape] }),
);
