// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `IssueTargetInfoContent`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expensecontrol.issuebatch.create`, `alipay.ebpp.invoice.expensecontrol.quota.create`).
 *
 * @example
 * ```ts
 * const value: IssueTargetInfoContent = { issue_quota: '…', owner_id: '…' };
 * ```
 */
export interface IssueTargetInfoContent {
  issue_quota?: string;
  owner_id?: string;
  owner_open_id?: string;
  owner_type?: string;
  user_name?: string;
}
export const IssueTargetInfoContentShape = (): object => ({ issue_quota: 0, owner_id: 0, owner_open_id: 0, owner_type: 0, user_name: 0 });
