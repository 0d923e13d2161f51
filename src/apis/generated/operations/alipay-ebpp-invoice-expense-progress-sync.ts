// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expense.progress.sync` (POST /v3/alipay/ebpp/invoice/expense/progress/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpenseProgressSyncRequest = { apply_id: '…', business_time: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpenseProgressSyncRequest {
  apply_id?: string;
  business_time?: string;
  expense_detail_url?: string;
  expense_order_no?: string;
  expense_tax_no?: string;
  invoice_code?: string;
  invoice_no?: string;
  memo?: string;
  open_id?: string;
  status?: string;
  user_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expense.progress.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpenseProgressSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEbppInvoiceExpenseProgressSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.ebpp.invoice.expense.progress.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpenseProgressSyncErrorCode = "INVOICE_NOT_EXIST";
 * ```
 */
export type AlipayEbppInvoiceExpenseProgressSyncErrorCode = "INVOICE_NOT_EXIST" | "INVOICE_EXPENSE_STATUS_REPEAT" | "PERMISSION_DENIED" | "EXPENSE_INVOICE_DETAIL_URL_CHECK" | "INVOICE_HAVE_PROCESSING_EXPENSE" | "INVOICE_HAVE_EXPENSE" | "EXPENSE_ORDER_NO_DISAGREE" | "EXPENSE_INVOICE_DISABLE" | "EXPENSE_NOT_REACH_PROCESSING" | "EXPENSE_APPLY_ID_REPEAT" | "PARAMETER_ILLEGAL" | "EXPENSE_BUSINESS_TIME_ERROR" | "SYSTEM_ERROR" | "QUERY_TAX_NO_NOT_EQUAL_CERTIFY_NO" | "PRODUCT_IS_EMPTY";

/**
 * `alipay.ebpp.invoice.expense.progress.sync`: POST /v3/alipay/ebpp/invoice/expense/progress/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpenseProgressSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpenseProgressSync, { apply_id: '…', business_time: '…' });
 * ```
 */
export const alipayEbppInvoiceExpenseProgressSync: ApiDefinition<"alipay.ebpp.invoice.expense.progress.sync", AlipayEbppInvoiceExpenseProgressSyncRequest, AlipayEbppInvoiceExpenseProgressSyncResult, AlipayEbppInvoiceExpenseProgressSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expense.progress.sync",
  'POST',
  () => ({ apply_id: 0, business_time: 0, expense_detail_url: 0, expense_order_no: 0, expense_tax_no: 0, invoice_code: 0, invoice_no: 0, memo: 0, open_id: 0, status: 0, user_id: 0 }),
  () => ({}),
);
