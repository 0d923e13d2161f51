// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ExpenseCtrRuleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expenserules.projectrule.create`, `alipay.ebpp.invoice.expenserules.projectrule.query`, `alipay.ebpp.invoice.expenserules.projectrules.modify` and 5 more).
 *
 * @example
 * ```ts
 * const value: ExpenseCtrRuleInfo = { rule_factor: '…', rule_id: '…' };
 * ```
 */
export interface ExpenseCtrRuleInfo {
  rule_factor?: string;
  rule_id?: string;
  rule_name?: string;
  rule_operator?: string;
  rule_value?: string;
}
export const ExpenseCtrRuleInfoShape = (): object => ({ rule_factor: 0, rule_id: 0, rule_name: 0, rule_operator: 0, rule_value: 0 });
