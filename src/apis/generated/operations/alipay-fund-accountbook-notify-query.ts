// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.accountbook.notify.query` (GET /v3/alipay/fund/accountbook/notify/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundAccountbookNotifyQueryRequest = { product_code: "SATF_FUND_BOOK", biz_scene: "DEFAULT" };
 * ```
 */
export interface AlipayFundAccountbookNotifyQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  account_book_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
}

/**
 * The result of `alipay.fund.accountbook.notify.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAccountbookNotifyQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAccountbookNotifyQueryResult {
  account_book_id?: string;
  code?: string;
  msg?: string;
  subscribe_status?: string;
}

/**
 * The error codes of `alipay.fund.accountbook.notify.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAccountbookNotifyQueryErrorCode = "SUBSCRIPTION_RELATION_NOT_EXIST";
 * ```
 */
export type AlipayFundAccountbookNotifyQueryErrorCode = "SUBSCRIPTION_RELATION_NOT_EXIST" | "ACCOUNTBOOK_AGREEMENT_REQUIRED" | "AGREEMENT_NOT_EXIST" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "ACCOUNT_BOOK_INFO_QUERY_FAIL" | "ILLEGAL_ARGUMENT" | "MAX_VISIT_LIMIT" | "SYSTEM_ERROR" | "BIZ_PRODUCT_CODE_ERROR";

/**
 * `alipay.fund.accountbook.notify.query`: GET /v3/alipay/fund/accountbook/notify/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAccountbookNotifyQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAccountbookNotifyQuery, { product_code: "SATF_FUND_BOOK", biz_scene: "DEFAULT" });
 * ```
 */
export const alipayFundAccountbookNotifyQuery: ApiDefinition<"alipay.fund.accountbook.notify.query", AlipayFundAccountbookNotifyQueryRequest, AlipayFundAccountbookNotifyQueryResult, AlipayFundAccountbookNotifyQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.accountbook.notify.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "account_book_id", "agreement_no"] },
  () => ({ product_code: 0, biz_scene: 0, account_book_id: 0, agreement_no: 0 }),
  () => ({ account_book_id: 0, code: 0, msg: 0, subscribe_status: 0 }),
);
