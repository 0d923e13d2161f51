// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `IssueRuleIdInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.create`, `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: IssueRuleIdInfo = { issue_rule_id: '…', outer_source_id: '…' };
 * ```
 */
export interface IssueRuleIdInfo {
  issue_rule_id?: string;
  outer_source_id?: string;
}
export const IssueRuleIdInfoShape = (): object => ({ issue_rule_id: 0, outer_source_id: 0 });
