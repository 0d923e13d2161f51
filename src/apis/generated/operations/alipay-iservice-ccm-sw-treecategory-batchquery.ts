// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ArticleCategoryInfo, ArticleCategoryInfoShape } from '../models/ArticleCategoryInfo.ts';

/**
 * The request of `alipay.iservice.ccm.sw.treecategory.batchquery` (GET /v3/alipay/iservice/ccm/sw/treecategory/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreecategoryBatchqueryRequest = { ccs_instance_id: "ZPNASDK", library_id: 1 };
 * ```
 */
export interface AlipayIserviceCcmSwTreecategoryBatchqueryRequest {
  /** A query parameter (v3). */
  ccs_instance_id?: string;
  /** A query parameter (v3). */
  library_id?: number;
  /** A query parameter (v3). */
  name?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.iservice.ccm.sw.treecategory.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreecategoryBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwTreecategoryBatchqueryResult {
  categories?: ArticleCategoryInfo[];
  page_num?: number;
  page_size?: number;
  total_count?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.treecategory.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreecategoryBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreecategoryBatchqueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.treecategory.batchquery`: GET /v3/alipay/iservice/ccm/sw/treecategory/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreecategoryBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreecategoryBatchquery, { ccs_instance_id: "ZPNASDK", library_id: 1 });
 * ```
 */
export const alipayIserviceCcmSwTreecategoryBatchquery: ApiDefinition<"alipay.iservice.ccm.sw.treecategory.batchquery", AlipayIserviceCcmSwTreecategoryBatchqueryRequest, AlipayIserviceCcmSwTreecategoryBatchqueryResult, AlipayIserviceCcmSwTreecategoryBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.treecategory.batchquery",
  { verb: 'GET', query: ["ccs_instance_id", "library_id", "name", "page_num", "page_size"] },
  () => ({ ccs_instance_id: 0, library_id: 1, name: 0, page_num: 1, page_size: 1 }),
  () => ({ categories: [ArticleCategoryInfoShape], page_num: 1, page_size: 1, total_count: 1 }),
);
