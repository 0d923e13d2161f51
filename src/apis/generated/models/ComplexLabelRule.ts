// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ComplexLabelRule`, a model of Alipay's v3 description (in `alipay.open.public.group.create`, `alipay.open.public.group.crowd.query`, `alipay.open.public.group.modify`).
 *
 * @example
 * ```ts
 * const value: ComplexLabelRule = { label_id: '…', label_value: '…' };
 * ```
 */
export interface ComplexLabelRule {
  label_id?: string;
  label_value?: string;
  operator?: string;
}
export const ComplexLabelRuleShape = (): object => ({ label_id: 0, label_value: 0, operator: 0 });
