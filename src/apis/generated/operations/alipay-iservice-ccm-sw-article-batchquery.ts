// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ArticleAttachmentInfo, ArticleAttachmentInfoShape } from '../models/ArticleAttachmentInfo.ts';
import { type ArticleCategoryInfo, ArticleCategoryInfoShape } from '../models/ArticleCategoryInfo.ts';

/**
 * The request of `alipay.iservice.ccm.sw.article.batchquery` (POST /v3/alipay/iservice/ccm/sw/article/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwArticleBatchqueryRequest = { category_id: 1, ccs_instance_id: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwArticleBatchqueryRequest {
  category_id?: number;
  ccs_instance_id?: string;
  end_time?: string;
  ids?: number[];
  keyword?: string;
  keywords?: string[];
  library_id?: number;
  page_num?: number;
  page_size?: number;
  search_all_category?: boolean;
  search_category_type?: string;
  start_time?: string;
  status?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.article.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwArticleBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwArticleBatchqueryResult {
  articles?: ArticleInfo[];
  page_num?: number;
  page_size?: number;
  total_count?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.article.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwArticleBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwArticleBatchqueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `ArticleInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.article.batchquery`).
 *
 * @example
 * ```ts
 * const value: ArticleInfo = { category_id: 1, category_name_path: '…' };
 * ```
 */
export interface ArticleInfo {
  attachments?: ArticleAttachmentInfo[];
  category_id?: number;
  category_name_path?: string;
  category_path?: ArticleCategoryInfo[];
  content?: string;
  create_time?: string;
  creator_id?: string;
  extend_titles?: string[];
  id?: number;
  keywords?: string[];
  library_id?: number;
  order_no?: number;
  pictures?: ArticleAttachmentInfo[];
  publish_end?: string;
  publish_start?: string;
  scene_codes?: string[];
  source?: string;
  status?: string;
  status_code?: string;
  title?: string;
  update_time?: string;
  updater_id?: string;
  updater_name?: string;
}
const ArticleInfoShape = (): object => ({ attachments: [ArticleAttachmentInfoShape], category_id: 1, category_name_path: 0, category_path: [ArticleCategoryInfoShape], content: 0, create_time: 0, creator_id: 0, extend_titles: [0], id: 1, keywords: [0], library_id: 1, order_no: 1, pictures: [ArticleAttachmentInfoShape], publish_end: 0, publish_start: 0, scene_codes: [0], source: 0, status: 0, status_code: 0, title: 0, update_time: 0, updater_id: 0, updater_name: 0 });

/**
 * `alipay.iservice.ccm.sw.article.batchquery`: POST /v3/alipay/iservice/ccm/sw/article/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwArticleBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwArticleBatchquery, { category_id: 1, ccs_instance_id: '…' });
 * ```
 */
export const alipayIserviceCcmSwArticleBatchquery: ApiDefinition<"alipay.iservice.ccm.sw.article.batchquery", AlipayIserviceCcmSwArticleBatchqueryRequest, AlipayIserviceCcmSwArticleBatchqueryResult, AlipayIserviceCcmSwArticleBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.article.batchquery",
  'POST',
  () => ({ category_id: 1, ccs_instance_id: 0, end_time: 0, ids: [1], keyword: 0, keywords: [0], library_id: 1, page_num: 1, page_size: 1, search_all_category: 2, search_category_type: 0, start_time: 0, status: 0 }),
  () => ({ articles: [ArticleInfoShape], page_num: 1, page_size: 1, total_count: 1 }),
);
