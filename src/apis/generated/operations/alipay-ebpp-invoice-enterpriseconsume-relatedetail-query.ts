// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExpenseConsumeInfo, ExpenseConsumeInfoShape } from '../models/ExpenseConsumeInfo.ts';
import { type ExpenseInvoiceInfo, ExpenseInvoiceInfoShape } from '../models/ExpenseInvoiceInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query` (GET /v3/alipay/ebpp/invoice/enterpriseconsume/relatedetail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryRequest = { account_id: "2088123456789000", agreement_no: "20205820659822371223" };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  voucher_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryResult {
  expense_ctrl_consume_info?: ExpenseCtrlConsumeInfo;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "VOUCHER_NOT_EXIST" | "INVALID_PARAMETER";

/**
 * `ExpenseCtrlConsumeInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: ExpenseCtrlConsumeInfo = {};
 * ```
 */
export interface ExpenseCtrlConsumeInfo {
  expense_consume_info?: ExpenseConsumeInfo;
  related_enterprise_consume_list?: ExpenseConsumeInfo[];
  related_enterprise_invoice_list?: ExpenseInvoiceInfo[];
}
const ExpenseCtrlConsumeInfoShape = (): object => ({ expense_consume_info: ExpenseConsumeInfoShape, related_enterprise_consume_list: [ExpenseConsumeInfoShape], related_enterprise_invoice_list: [ExpenseInvoiceInfoShape] });

/**
 * `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`: GET /v3/alipay/ebpp/invoice/enterpriseconsume/relatedetail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseconsumeRelatedetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseconsumeRelatedetailQuery, { account_id: "2088123456789000", agreement_no: "20205820659822371223" });
 * ```
 */
export const alipayEbppInvoiceEnterpriseconsumeRelatedetailQuery: ApiDefinition<"alipay.ebpp.invoice.enterpriseconsume.relatedetail.query", AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryRequest, AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryResult, AlipayEbppInvoiceEnterpriseconsumeRelatedetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterpriseconsume.relatedetail.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "voucher_id"] },
  () => ({ account_id: 0, agreement_no: 0, voucher_id: 0 }),
  () => ({ expense_ctrl_consume_info: ExpenseCtrlConsumeInfoShape }),
);
