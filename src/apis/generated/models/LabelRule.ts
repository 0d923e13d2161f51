// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `LabelRule`, a model of Alipay's v3 description (in `alipay.open.public.personalized.extension.create`, `alipay.open.public.personalized.menu.create`).
 *
 * @example
 * ```ts
 * const value: LabelRule = { label_id: '…', label_value: '…' };
 * ```
 */
export interface LabelRule {
  label_id?: string;
  label_value?: string;
  operator?: string;
}
export const LabelRuleShape = (): object => ({ label_id: 0, label_value: 0, operator: 0 });
