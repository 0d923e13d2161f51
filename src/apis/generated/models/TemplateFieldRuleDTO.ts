// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateFieldRuleDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateFieldRuleDTO = { field_name: '…', rule_name: '…' };
 * ```
 */
export interface TemplateFieldRuleDTO {
  field_name?: string;
  rule_name?: string;
  rule_value?: string;
}
export const TemplateFieldRuleDTOShape = (): object => ({ field_name: 0, rule_name: 0, rule_value: 0 });
