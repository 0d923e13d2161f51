// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expensecontrol.quota.query` (POST /v3/alipay/ebpp/invoice/expensecontrol/quota/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensecontrolQuotaQueryRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolQuotaQueryRequest {
  account_id?: string;
  agreement_no?: string;
  enterprise_id?: string;
  owner_id?: string;
  owner_open_id?: string;
  owner_type?: string;
  page_num?: number;
  page_size?: number;
  quota_id_list?: string[];
  quota_type?: string;
  target_id?: string;
  target_type?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expensecontrol.quota.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensecontrolQuotaQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolQuotaQueryResult {
  expense_quota_info_list?: ExpenseQuotaInfo[];
  page_num?: number;
  page_size?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.ebpp.invoice.expensecontrol.quota.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensecontrolQuotaQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpensecontrolQuotaQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `ExpenseQuotaInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expensecontrol.quota.query`).
 *
 * @example
 * ```ts
 * const value: ExpenseQuotaInfo = { currency: '…', effective_end_date: '…' };
 * ```
 */
export interface ExpenseQuotaInfo {
  currency?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  enterprise_id?: string;
  freeze?: boolean;
  owner_id?: string;
  owner_open_id?: string;
  owner_type?: string;
  quota_available?: string;
  quota_id?: string;
  quota_locked?: string;
  quota_total?: string;
  quota_type?: string;
  quota_used?: string;
  target_id?: string;
  target_type?: string;
}
const ExpenseQuotaInfoShape = (): object => ({ currency: 0, effective_end_date: 0, effective_start_date: 0, enterprise_id: 0, freeze: 2, owner_id: 0, owner_open_id: 0, owner_type: 0, quota_available: 0, quota_id: 0, quota_locked: 0, quota_total: 0, quota_type: 0, quota_used: 0, target_id: 0, target_type: 0 });

/**
 * `alipay.ebpp.invoice.expensecontrol.quota.query`: POST /v3/alipay/ebpp/invoice/expensecontrol/quota/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensecontrolQuotaQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensecontrolQuotaQuery, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpensecontrolQuotaQuery: ApiDefinition<"alipay.ebpp.invoice.expensecontrol.quota.query", AlipayEbppInvoiceExpensecontrolQuotaQueryRequest, AlipayEbppInvoiceExpensecontrolQuotaQueryResult, AlipayEbppInvoiceExpensecontrolQuotaQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensecontrol.quota.query",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, owner_id: 0, owner_open_id: 0, owner_type: 0, page_num: 1, page_size: 1, quota_id_list: [0], quota_type: 0, target_id: 0, target_type: 0 }),
  () => ({ expense_quota_info_list: [ExpenseQuotaInfoShape], page_num: 1, page_size: 1, total_page_count: 1 }),
);
