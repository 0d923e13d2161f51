// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.accountbookereceipt.query` (GET /v3/alipay/data/bill/accountbookereceipt/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillAccountbookereceiptQueryRequest = { file_id: "12345", agreement_no: "20205215001418078112" };
 * ```
 */
export interface AlipayDataBillAccountbookereceiptQueryRequest {
  /** A query parameter (v3). */
  file_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  agreement_type?: string;
  /** A query parameter (v3). */
  secure?: string;
}

/**
 * The result of `alipay.data.bill.accountbookereceipt.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillAccountbookereceiptQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillAccountbookereceiptQueryResult {
  download_url?: string;
  error_message?: string;
  status?: string;
}

/**
 * The error codes of `alipay.data.bill.accountbookereceipt.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillAccountbookereceiptQueryErrorCode = "DATA_QUERY_TIMEOUT";
 * ```
 */
export type AlipayDataBillAccountbookereceiptQueryErrorCode = "DATA_QUERY_TIMEOUT" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "BIZ_ERROR";

/**
 * `alipay.data.bill.accountbookereceipt.query`: GET /v3/alipay/data/bill/accountbookereceipt/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillAccountbookereceiptQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillAccountbookereceiptQuery, { file_id: "12345", agreement_no: "20205215001418078112" });
 * ```
 */
export const alipayDataBillAccountbookereceiptQuery: ApiDefinition<"alipay.data.bill.accountbookereceipt.query", AlipayDataBillAccountbookereceiptQueryRequest, AlipayDataBillAccountbookereceiptQueryResult, AlipayDataBillAccountbookereceiptQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.accountbookereceipt.query",
  { verb: 'GET', query: ["file_id", "agreement_no", "agreement_type", "secure"] },
  () => ({ file_id: 0, agreement_no: 0, agreement_type: 0, secure: 0 }),
  () => ({ download_url: 0, error_message: 0, status: 0 }),
);
