// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGOExtConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOExtConfig = { text_content_fill_rule_id: '…', text_content_fill_variable: '…' };
 * ```
 */
export interface ZMGOExtConfig {
  text_content_fill_rule_id?: string;
  text_content_fill_variable?: string;
}
export const ZMGOExtConfigShape = (): object => ({ text_content_fill_rule_id: 0, text_content_fill_variable: 0 });
