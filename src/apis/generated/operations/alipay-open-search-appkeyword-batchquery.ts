// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type KeyWordInfo, KeyWordInfoShape } from '../models/KeyWordInfo.ts';

/**
 * The request of `alipay.open.search.appkeyword.batchquery` (GET /v3/alipay/open/search/appkeyword/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchAppkeywordBatchqueryRequest = { target_appid: "2021001120654127", status: "ONLINE" };
 * ```
 */
export interface AlipayOpenSearchAppkeywordBatchqueryRequest {
  /** A query parameter (v3). */
  target_appid?: string;
  /** A query parameter (v3). */
  status?: string;
  /** A query parameter (v3). */
  page_number?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.open.search.appkeyword.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchAppkeywordBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchAppkeywordBatchqueryResult {
  key_word_info?: KeyWordInfo[];
  page_number?: number;
  page_size?: number;
  total_count?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.open.search.appkeyword.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchAppkeywordBatchqueryErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenSearchAppkeywordBatchqueryErrorCode = "NO_PERMISSION" | "APP_NOT_ONLINE" | "MINI_APP_CAN_NOT_SEARCH" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "OPERATE_TOO_FAST" | "SYSTEM_BUSY" | "UN_SUPPORT_SEARCH_BOX_STATUS";

/**
 * `alipay.open.search.appkeyword.batchquery`: GET /v3/alipay/open/search/appkeyword/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchAppkeywordBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchAppkeywordBatchquery, { target_appid: "2021001120654127", status: "ONLINE" });
 * ```
 */
export const alipayOpenSearchAppkeywordBatchquery: ApiDefinition<"alipay.open.search.appkeyword.batchquery", AlipayOpenSearchAppkeywordBatchqueryRequest, AlipayOpenSearchAppkeywordBatchqueryResult, AlipayOpenSearchAppkeywordBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.appkeyword.batchquery",
  { verb: 'GET', query: ["target_appid", "status", "page_number", "page_size"] },
  () => ({ target_appid: 0, status: 0, page_number: 1, page_size: 1 }),
  () => ({ key_word_info: [KeyWordInfoShape], page_number: 1, page_size: 1, total_count: 1, total_page_count: 1 }),
);
