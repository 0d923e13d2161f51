// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `IssueRuleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.create`, `alipay.ebpp.invoice.institution.detailinfo.query`, `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: IssueRuleInfo = { effective_period: '…', invalid_mode: 1 };
 * ```
 */
export interface IssueRuleInfo {
  effective_period?: string;
  invalid_mode?: number;
  invalid_mode_value?: string;
  issue_amount_value?: string;
  issue_end_date?: string;
  issue_rule_id?: string;
  issue_rule_name?: string;
  issue_start_date?: string;
  issue_type?: string;
  outer_source_id?: string;
  quota_type?: string;
  share_mode?: number;
  target_id?: string;
  target_type?: string;
}
export const IssueRuleInfoShape = (): object => ({ effective_period: 0, invalid_mode: 1, invalid_mode_value: 0, issue_amount_value: 0, issue_end_date: 0, issue_rule_id: 0, issue_rule_name: 0, issue_start_date: 0, issue_type: 0, outer_source_id: 0, quota_type: 0, share_mode: 1, target_id: 0, target_type: 0 });
