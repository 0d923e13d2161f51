// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.balance.downloadurl.query` (GET /v3/alipay/commerce/ec/balance/downloadurl/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcBalanceDownloadurlQueryRequest = { enterprise_id: "2088123456789000", account_id: "2088000295356628" };
 * ```
 */
export interface AlipayCommerceEcBalanceDownloadurlQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  bill_type?: string;
  /** A query parameter (v3). */
  bill_date?: string;
}

/**
 * The result of `alipay.commerce.ec.balance.downloadurl.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcBalanceDownloadurlQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcBalanceDownloadurlQueryResult {
  bill_download_url?: string;
}

/**
 * The error codes of `alipay.commerce.ec.balance.downloadurl.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcBalanceDownloadurlQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcBalanceDownloadurlQueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "PARAMETER_ILLEGAL" | "MONTH_BALANCE_RECORD_NOT_EXIST" | "BALANCE_HAS_NO_CONSUME" | "DAILY_BALANCE_RECORD_NOT_EXIST";

/**
 * `alipay.commerce.ec.balance.downloadurl.query`: GET /v3/alipay/commerce/ec/balance/downloadurl/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcBalanceDownloadurlQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcBalanceDownloadurlQuery, { enterprise_id: "2088123456789000", account_id: "2088000295356628" });
 * ```
 */
export const alipayCommerceEcBalanceDownloadurlQuery: ApiDefinition<"alipay.commerce.ec.balance.downloadurl.query", AlipayCommerceEcBalanceDownloadurlQueryRequest, AlipayCommerceEcBalanceDownloadurlQueryResult, AlipayCommerceEcBalanceDownloadurlQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.balance.downloadurl.query",
  { verb: 'GET', query: ["enterprise_id", "account_id", "agreement_no", "bill_type", "bill_date"] },
  () => ({ enterprise_id: 0, account_id: 0, agreement_no: 0, bill_type: 0, bill_date: 0 }),
  () => ({ bill_download_url: 0 }),
);
