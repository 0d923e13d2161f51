// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type KeyWordInfo, KeyWordInfoShape } from '../models/KeyWordInfo.ts';

/**
 * The request of `alipay.open.search.subservicekeyword.batchquery` (GET /v3/alipay/open/search/subservicekeyword/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchSubservicekeywordBatchqueryRequest = { target_appid: "2021001112626071", status: "ONLINE" };
 * ```
 */
export interface AlipayOpenSearchSubservicekeywordBatchqueryRequest {
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
 * The result of `alipay.open.search.subservicekeyword.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchSubservicekeywordBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchSubservicekeywordBatchqueryResult {
  page_number?: number;
  page_size?: number;
  subservice_keyword_info?: SubServiceKeyWordInfo[];
  total_count?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.open.search.subservicekeyword.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchSubservicekeywordBatchqueryErrorCode = "UN_SUPPORT_SEARCH_BOX_STATUS";
 * ```
 */
export type AlipayOpenSearchSubservicekeywordBatchqueryErrorCode = "UN_SUPPORT_SEARCH_BOX_STATUS" | "NO_PERMISSION" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "SYSTEM_BUSY";

/**
 * `SubServiceKeyWordInfo`, a model of Alipay's v3 description (in `alipay.open.search.subservicekeyword.batchquery`).
 *
 * @example
 * ```ts
 * const value: SubServiceKeyWordInfo = { app_name: '…', mini_app_id: '…' };
 * ```
 */
export interface SubServiceKeyWordInfo {
  app_name?: string;
  keyword_info?: KeyWordInfo[];
  mini_app_id?: string;
  sub_service_code?: string;
  sub_service_desc?: string;
  sub_service_name?: string;
  sub_service_status?: string;
}
const SubServiceKeyWordInfoShape = (): object => ({ app_name: 0, keyword_info: [KeyWordInfoShape], mini_app_id: 0, sub_service_code: 0, sub_service_desc: 0, sub_service_name: 0, sub_service_status: 0 });

/**
 * `alipay.open.search.subservicekeyword.batchquery`: GET /v3/alipay/open/search/subservicekeyword/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchSubservicekeywordBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchSubservicekeywordBatchquery, { target_appid: "2021001112626071", status: "ONLINE" });
 * ```
 */
export const alipayOpenSearchSubservicekeywordBatchquery: ApiDefinition<"alipay.open.search.subservicekeyword.batchquery", AlipayOpenSearchSubservicekeywordBatchqueryRequest, AlipayOpenSearchSubservicekeywordBatchqueryResult, AlipayOpenSearchSubservicekeywordBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.subservicekeyword.batchquery",
  { verb: 'GET', query: ["target_appid", "status", "page_number", "page_size"] },
  () => ({ target_appid: 0, status: 0, page_number: 1, page_size: 1 }),
  () => ({ page_number: 1, page_size: 1, subservice_keyword_info: [SubServiceKeyWordInfoShape], total_count: 1, total_page_count: 1 }),
);
