// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BaseArticleInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.article.create`, `alipay.iservice.ccm.sw.article.get`, `alipay.iservice.ccm.sw.article.modify`).
 *
 * @example
 * ```ts
 * const value: BaseArticleInfo = { id: 1, title: '…' };
 * ```
 */
export interface BaseArticleInfo {
  id?: number;
  title?: string;
}
export const BaseArticleInfoShape = (): object => ({ id: 1, title: 0 });
