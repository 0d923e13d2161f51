// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `Text`, a model of Alipay's v3 description (in `alipay.open.public.message.custom.send`, `alipay.open.public.message.group.send`, `alipay.open.public.message.label.send` and 1 more).
 *
 * @example
 * ```ts
 * const value: Text = { content: '…', title: '…' };
 * ```
 */
export interface Text {
  content?: string;
  title?: string;
}
export const TextShape = (): object => ({ content: 0, title: 0 });
