// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ArticleAttachmentInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.article.batchquery`, `alipay.iservice.ccm.sw.article.create`, `alipay.iservice.ccm.sw.article.get` and 1 more).
 *
 * @example
 * ```ts
 * const value: ArticleAttachmentInfo = { file_name: '…', id: 1 };
 * ```
 */
export interface ArticleAttachmentInfo {
  file_name?: string;
  id?: number;
  key?: string;
  url?: string;
}
export const ArticleAttachmentInfoShape = (): object => ({ file_name: 0, id: 1, key: 0, url: 0 });
