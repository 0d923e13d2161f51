// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ArticleAttachmentInfo, ArticleAttachmentInfoShape } from '../models/ArticleAttachmentInfo.ts';
import { type BaseArticleInfo, BaseArticleInfoShape } from '../models/BaseArticleInfo.ts';

/**
 * The request of `alipay.iservice.ccm.sw.article.modify` (PATCH /v3/alipay/iservice/ccm/sw/article/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwArticleModifyRequest = { category_id: 1, ccs_instance_id: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwArticleModifyRequest {
  attachments?: ArticleAttachmentInfo[];
  category_id?: number;
  ccs_instance_id?: string;
  content?: string;
  extend_titles?: string[];
  id?: number;
  keywords?: string[];
  publish_end?: string;
  publish_start?: string;
  related_articles?: BaseArticleInfo[];
  scene_codes?: string[];
  title?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.article.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwArticleModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwArticleModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.article.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwArticleModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwArticleModifyErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.article.modify`: PATCH /v3/alipay/iservice/ccm/sw/article/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwArticleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwArticleModify, { category_id: 1, ccs_instance_id: '…' });
 * ```
 */
export const alipayIserviceCcmSwArticleModify: ApiDefinition<"alipay.iservice.ccm.sw.article.modify", AlipayIserviceCcmSwArticleModifyRequest, AlipayIserviceCcmSwArticleModifyResult, AlipayIserviceCcmSwArticleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.article.modify",
  'PATCH',
  () => ({ attachments: [ArticleAttachmentInfoShape], category_id: 1, ccs_instance_id: 0, content: 0, extend_titles: [0], id: 1, keywords: [0], publish_end: 0, publish_start: 0, related_articles: [BaseArticleInfoShape], scene_codes: [0], title: 0 }),
  () => ({}),
);
