// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `StandardConditionInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.create`, `alipay.ebpp.invoice.institution.detailinfo.query`, `alipay.ebpp.invoice.institution.expenserule.create` and 2 more).
 *
 * @example
 * ```ts
 * const value: StandardConditionInfo = { rule_factor: '…', rule_id: '…' };
 * ```
 */
export interface StandardConditionInfo {
  rule_factor?: string;
  rule_id?: string;
  rule_name?: string;
  /** @deprecated */
  rule_operator?: string;
  rule_value?: string;
}
export const StandardConditionInfoShape = (): object => ({ rule_factor: 0, rule_id: 0, rule_name: 0, rule_operator: 0, rule_value: 0 });
