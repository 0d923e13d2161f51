// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ArticleCategoryInfo`, a model of Alipay's v3 description (in `alipay.iservice.ccm.sw.article.batchquery`, `alipay.iservice.ccm.sw.article.get`, `alipay.iservice.ccm.sw.treecategory.batchquery`).
 *
 * @example
 * ```ts
 * const value: ArticleCategoryInfo = { description: '…', father_id: 1 };
 * ```
 */
export interface ArticleCategoryInfo {
  children?: string[];
  description?: string;
  father_id?: number;
  id?: number;
  name?: string;
  tags?: string[];
}
export const ArticleCategoryInfoShape = (): object => ({ children: [0], description: 0, father_id: 1, id: 1, name: 0, tags: [0] });
