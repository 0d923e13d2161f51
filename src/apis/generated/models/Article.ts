// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `Article`, a model of Alipay's v3 description (in `alipay.open.public.message.custom.send`, `alipay.open.public.message.group.send`, `alipay.open.public.message.label.send` and 1 more).
 *
 * @example
 * ```ts
 * const value: Article = { action_name: '…', desc: '…' };
 * ```
 */
export interface Article {
  action_name?: string;
  desc?: string;
  image_url?: string;
  title?: string;
  url?: string;
}
export const ArticleShape = (): object => ({ action_name: 0, desc: 0, image_url: 0, title: 0, url: 0 });
