// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TopicItem`, a model of Alipay's v3 description (in `alipay.open.public.topic.batchquery`, `alipay.open.public.topic.create`, `alipay.open.public.topic.modify`).
 *
 * @example
 * ```ts
 * const value: TopicItem = { img_url: '…', link_type: '…' };
 * ```
 */
export interface TopicItem {
  img_url?: string;
  link_type?: string;
  link_url?: string;
  sub_title?: string;
  title?: string;
}
export const TopicItemShape = (): object => ({ img_url: 0, link_type: 0, link_url: 0, sub_title: 0, title: 0 });
