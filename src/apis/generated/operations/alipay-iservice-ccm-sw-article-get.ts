// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ArticleAttachmentInfo, ArticleAttachmentInfoShape } from '../models/ArticleAttachmentInfo.ts';
import { type ArticleCategoryInfo, ArticleCategoryInfoShape } from '../models/ArticleCategoryInfo.ts';
import { type BaseArticleInfo, BaseArticleInfoShape } from '../models/BaseArticleInfo.ts';

/**
 * The request of `alipay.iservice.ccm.sw.article.get` (GET /v3/alipay/iservice/ccm/sw/article/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwArticleGetRequest = { ccs_instance_id: "ZPNASDK", id: 1 };
 * ```
 */
export interface AlipayIserviceCcmSwArticleGetRequest {
  /** A query parameter (v3). */
  ccs_instance_id?: string;
  /** A query parameter (v3). */
  id?: number;
}

/**
 * The result of `alipay.iservice.ccm.sw.article.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwArticleGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwArticleGetResult {
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
  related_articles?: BaseArticleInfo[];
  scene_codes?: string[];
  source?: string;
  status?: string;
  status_code?: string;
  title?: string;
  update_time?: string;
  updater_id?: string;
  updater_name?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.article.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwArticleGetErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwArticleGetErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.article.get`: GET /v3/alipay/iservice/ccm/sw/article/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwArticleGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwArticleGet, { ccs_instance_id: "ZPNASDK", id: 1 });
 * ```
 */
export const alipayIserviceCcmSwArticleGet: ApiDefinition<"alipay.iservice.ccm.sw.article.get", AlipayIserviceCcmSwArticleGetRequest, AlipayIserviceCcmSwArticleGetResult, AlipayIserviceCcmSwArticleGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.article.get",
  { verb: 'GET', query: ["ccs_instance_id", "id"] },
  () => ({ ccs_instance_id: 0, id: 1 }),
  () => ({ attachments: [ArticleAttachmentInfoShape], category_id: 1, category_name_path: 0, category_path: [ArticleCategoryInfoShape], content: 0, create_time: 0, creator_id: 0, extend_titles: [0], id: 1, keywords: [0], library_id: 1, order_no: 1, pictures: [ArticleAttachmentInfoShape], publish_end: 0, publish_start: 0, related_articles: [BaseArticleInfoShape], scene_codes: [0], source: 0, status: 0, status_code: 0, title: 0, update_time: 0, updater_id: 0, updater_name: 0 }),
);
