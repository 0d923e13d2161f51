// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.list.expense.sync` (POST /v3/alipay/ebpp/invoice/list/expense/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceListExpenseSyncRequest = { business_time: '…', expense_order_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceListExpenseSyncRequest {
  business_time?: string;
  expense_order_no?: string;
  expense_tax_no?: string;
  invoice_element_list?: InvoiceElementStatusSyncOpenModel[];
  memo?: string;
  open_id?: string;
  status?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.list.expense.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceListExpenseSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEbppInvoiceListExpenseSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.ebpp.invoice.list.expense.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceListExpenseSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceListExpenseSyncErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "EXPENSE_INVOICE_DETAIL_URL_CHECK" | "PERMISSION_DENIED" | "EXPENSE_NOT_REACH_PROCESSING" | "EXPENSE_BUSINESS_TIME_ERROR" | "INVOICE_HAVE_PROCESSING_EXPENSE" | "EXPENSE_APPLY_ID_REPEAT" | "INVOICE_HAVE_EXPENSE" | "INVOICE_HAVE_CANCLE" | "INVOICE_NOT_EXIST" | "INVOICE_EXPENSE_STATUS_REPEAT" | "EXPENSE_ORDER_NO_DISAGREE" | "QUERY_TAX_NO_NOT_EQUAL_CERTIFY_NO";

/**
 * `InvoiceElementStatusSyncOpenModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.list.expense.sync`).
 *
 * @example
 * ```ts
 * const value: InvoiceElementStatusSyncOpenModel = { apply_id: '…', expense_detail_url: '…' };
 * ```
 */
export interface InvoiceElementStatusSyncOpenModel {
  apply_id?: string;
  expense_detail_url?: string;
  invoice_code?: string;
  invoice_no?: string;
}
const InvoiceElementStatusSyncOpenModelShape = (): object => ({ apply_id: 0, expense_detail_url: 0, invoice_code: 0, invoice_no: 0 });

/**
 * `alipay.ebpp.invoice.list.expense.sync`: POST /v3/alipay/ebpp/invoice/list/expense/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceListExpenseSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceListExpenseSync, { business_time: '…', expense_order_no: '…' });
 * ```
 */
export const alipayEbppInvoiceListExpenseSync: ApiDefinition<"alipay.ebpp.invoice.list.expense.sync", AlipayEbppInvoiceListExpenseSyncRequest, AlipayEbppInvoiceListExpenseSyncResult, AlipayEbppInvoiceListExpenseSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.list.expense.sync",
  'POST',
  () => ({ business_time: 0, expense_order_no: 0, expense_tax_no: 0, invoice_element_list: [InvoiceElementStatusSyncOpenModelShape], memo: 0, open_id: 0, status: 0, user_id: 0 }),
  () => ({}),
);
