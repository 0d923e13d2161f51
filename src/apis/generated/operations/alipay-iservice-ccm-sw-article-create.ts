// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ArticleAttachmentInfo, ArticleAttachmentInfoShape } from '../models/ArticleAttachmentInfo.ts';
import { type BaseArticleInfo, BaseArticleInfoShape } from '../models/BaseArticleInfo.ts';

/**
 * The request of `alipay.iservice.ccm.sw.article.create` (PUT /v3/alipay/iservice/ccm/sw/article/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwArticleCreateRequest = { category_id: 1, ccs_instance_id: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwArticleCreateRequest {
  attachments?: ArticleAttachmentInfo[];
  category_id?: number;
  ccs_instance_id?: string;
  content?: string;
  extend_titles?: string[];
  keywords?: string[];
  library_id?: string;
  publish_end?: string;
  publish_start?: string;
  related_articles?: BaseArticleInfo[];
  scene_codes?: string[];
  title?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.article.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwArticleCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwArticleCreateResult {
  id?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.article.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwArticleCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwArticleCreateErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.article.create`: PUT /v3/alipay/iservice/ccm/sw/article/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwArticleCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwArticleCreate, { category_id: 1, ccs_instance_id: '…' });
 * ```
 */
export const alipayIserviceCcmSwArticleCreate: ApiDefinition<"alipay.iservice.ccm.sw.article.create", AlipayIserviceCcmSwArticleCreateRequest, AlipayIserviceCcmSwArticleCreateResult, AlipayIserviceCcmSwArticleCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.article.create",
  'PUT',
  () => ({ attachments: [ArticleAttachmentInfoShape], category_id: 1, ccs_instance_id: 0, content: 0, extend_titles: [0], keywords: [0], library_id: 0, publish_end: 0, publish_start: 0, related_articles: [BaseArticleInfoShape], scene_codes: [0], title: 0 }),
  () => ({ id: 1 }),
);
