// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.apprecommend.available.query` (GET /v3/ant/merchant/expand/apprecommend/available/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandApprecommendAvailableQueryRequest = { page_size: 10, page_number: 1 };
 * ```
 */
export interface AntMerchantExpandApprecommendAvailableQueryRequest {
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  page_number?: number;
}

/**
 * The result of `ant.merchant.expand.apprecommend.available.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandApprecommendAvailableQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandApprecommendAvailableQueryResult {
  list?: string[];
  page_number?: number;
  page_size?: number;
  total_pages?: number;
  total_size?: number;
}

/**
 * The error codes of `ant.merchant.expand.apprecommend.available.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandApprecommendAvailableQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AntMerchantExpandApprecommendAvailableQueryErrorCode = "SYSTEM_ERROR" | "QUERY_PAGE_QUERY_NULL" | "QUERY_PAGE_SIZE_LARGE" | "QUERY_PAGE_SIZE_SMALL" | "QUERY_PAGE_NUM_SMALL" | "THIRD_SYSTEM_ERROR";

/**
 * `ant.merchant.expand.apprecommend.available.query`: GET /v3/ant/merchant/expand/apprecommend/available/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandApprecommendAvailableQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandApprecommendAvailableQuery, { page_size: 10, page_number: 1 });
 * ```
 */
export const antMerchantExpandApprecommendAvailableQuery: ApiDefinition<"ant.merchant.expand.apprecommend.available.query", AntMerchantExpandApprecommendAvailableQueryRequest, AntMerchantExpandApprecommendAvailableQueryResult, AntMerchantExpandApprecommendAvailableQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.apprecommend.available.query",
  { verb: 'GET', query: ["page_size", "page_number"] },
  () => ({ page_size: 1, page_number: 1 }),
  () => ({ list: [0], page_number: 1, page_size: 1, total_pages: 1, total_size: 1 }),
);
