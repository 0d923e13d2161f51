// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.dataservice.bill.downloadurl.query` (GET /v3/alipay/data/dataservice/bill/downloadurl/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataDataserviceBillDownloadurlQueryRequest = { bill_type: "trade", bill_date: "2025-05-01" };
 * ```
 */
export interface AlipayDataDataserviceBillDownloadurlQueryRequest {
  /** A query parameter (v3). */
  bill_type?: string;
  /** A query parameter (v3). */
  bill_date?: string;
  /** A query parameter (v3). */
  smid?: string;
}

/**
 * The result of `alipay.data.dataservice.bill.downloadurl.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataDataserviceBillDownloadurlQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataDataserviceBillDownloadurlQueryResult {
  bill_download_url?: string;
  bill_file_code?: string;
}

/**
 * The error codes of `alipay.data.dataservice.bill.downloadurl.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataDataserviceBillDownloadurlQueryErrorCode = "NO_BILL_DATA";
 * ```
 */
export type AlipayDataDataserviceBillDownloadurlQueryErrorCode = "NO_BILL_DATA" | "INVAILID_ARGUMENTS" | "BILL_NOT_EXIST" | "UNKNOWN_ERROR" | "BILL_DATE_BEFORE_REGISTRATION" | "TYPE_NOT_SUPPORTED";

/**
 * `alipay.data.dataservice.bill.downloadurl.query`: GET /v3/alipay/data/dataservice/bill/downloadurl/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataDataserviceBillDownloadurlQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataDataserviceBillDownloadurlQuery, { bill_type: "trade", bill_date: "2025-05-01" });
 * ```
 */
export const alipayDataDataserviceBillDownloadurlQuery: ApiDefinition<"alipay.data.dataservice.bill.downloadurl.query", AlipayDataDataserviceBillDownloadurlQueryRequest, AlipayDataDataserviceBillDownloadurlQueryResult, AlipayDataDataserviceBillDownloadurlQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.dataservice.bill.downloadurl.query",
  { verb: 'GET', query: ["bill_type", "bill_date", "smid"] },
  () => ({ bill_type: 0, bill_date: 0, smid: 0 }),
  () => ({ bill_download_url: 0, bill_file_code: 0 }),
);
