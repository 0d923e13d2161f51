// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.apprecommend.account.query` (GET /v3/ant/merchant/expand/apprecommend/account/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandApprecommendAccountQueryRequest = { app_no: "20210001****9069", page_size: 10 };
 * ```
 */
export interface AntMerchantExpandApprecommendAccountQueryRequest {
  /** A query parameter (v3). */
  app_no?: string;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  page_number?: number;
}

/**
 * The result of `ant.merchant.expand.apprecommend.account.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandApprecommendAccountQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandApprecommendAccountQueryResult {
  list?: string[];
  page_number?: number;
  page_size?: number;
  total_pages?: number;
  total_size?: string;
}

/**
 * The error codes of `ant.merchant.expand.apprecommend.account.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandApprecommendAccountQueryErrorCode = "APP_ID_NOT_EXIST";
 * ```
 */
export type AntMerchantExpandApprecommendAccountQueryErrorCode = "APP_ID_NOT_EXIST" | "APP_OWNER_ERROR" | "SYSTEM_ERROR" | "QUERY_PAGE_QUERY_NULL" | "QUERY_PAGE_SIZE_LARGE" | "QUERY_PAGE_SIZE_SMALL" | "QUERY_PAGE_NUM_SMALL" | "THIRD_SYSTEM_ERROR";

/**
 * `ant.merchant.expand.apprecommend.account.query`: GET /v3/ant/merchant/expand/apprecommend/account/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandApprecommendAccountQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandApprecommendAccountQuery, { app_no: "20210001****9069", page_size: 10 });
 * ```
 */
export const antMerchantExpandApprecommendAccountQuery: ApiDefinition<"ant.merchant.expand.apprecommend.account.query", AntMerchantExpandApprecommendAccountQueryRequest, AntMerchantExpandApprecommendAccountQueryResult, AntMerchantExpandApprecommendAccountQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.apprecommend.account.query",
  { verb: 'GET', query: ["app_no", "page_size", "page_number"] },
  () => ({ app_no: 0, page_size: 1, page_number: 1 }),
  () => ({ list: [0], page_number: 1, page_size: 1, total_pages: 1, total_size: 0 }),
);
