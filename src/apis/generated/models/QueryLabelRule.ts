// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `QueryLabelRule`, a model of Alipay's v3 description (in `alipay.open.public.menu.batchquery`, `alipay.open.public.personalized.extension.batchquery`).
 *
 * @example
 * ```ts
 * const value: QueryLabelRule = { label_id: '…', label_name: '…' };
 * ```
 */
export interface QueryLabelRule {
  label_id?: string;
  label_name?: string;
  label_value?: string;
  operator?: string;
}
export const QueryLabelRuleShape = (): object => ({ label_id: 0, label_name: 0, label_value: 0, operator: 0 });
