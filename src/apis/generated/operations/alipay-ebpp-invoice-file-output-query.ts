// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.file.output.query` (GET /v3/alipay/ebpp/invoice/file/output/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceFileOutputQueryRequest = { user_id: "2088550000000", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayEbppInvoiceFileOutputQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  invoice_code?: string;
  /** A query parameter (v3). */
  invoice_no?: string;
  /** A query parameter (v3). */
  scene?: string;
  /** A query parameter (v3). */
  skip_expense_progress_sync?: boolean;
}

/**
 * The result of `alipay.ebpp.invoice.file.output.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceFileOutputQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceFileOutputQueryResult {
  file_type?: string;
  invoice_file_content?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.file.output.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceFileOutputQueryErrorCode = "INVOICE_NOT_EXIST";
 * ```
 */
export type AlipayEbppInvoiceFileOutputQueryErrorCode = "INVOICE_NOT_EXIST" | "INVOICE_QUERY_DENY" | "SYSTEM_ERROR" | "PARAMETER_ILLEGAL" | "PDF_NOT_EXIST" | "QUERY_TAX_NO_NOT_EQUAL_CERTIFY_NO";

/**
 * `alipay.ebpp.invoice.file.output.query`: GET /v3/alipay/ebpp/invoice/file/output/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceFileOutputQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceFileOutputQuery, { user_id: "2088550000000", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayEbppInvoiceFileOutputQuery: ApiDefinition<"alipay.ebpp.invoice.file.output.query", AlipayEbppInvoiceFileOutputQueryRequest, AlipayEbppInvoiceFileOutputQueryResult, AlipayEbppInvoiceFileOutputQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.file.output.query",
  { verb: 'GET', query: ["user_id", "open_id", "invoice_code", "invoice_no", "scene", "skip_expense_progress_sync"] },
  () => ({ user_id: 0, open_id: 0, invoice_code: 0, invoice_no: 0, scene: 0, skip_expense_progress_sync: 2 }),
  () => ({ file_type: 0, invoice_file_content: 0 }),
);
