// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `IssueQuotaCheckInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.expensecontrol.issuebatch.create`, `alipay.ebpp.invoice.expensecontrol.quota.create`).
 *
 * @example
 * ```ts
 * const value: IssueQuotaCheckInfo = { issue_quota: '…', message: '…' };
 * ```
 */
export interface IssueQuotaCheckInfo {
  issue_quota?: string;
  message?: string;
  owner_id?: string;
  owner_open_id?: string;
  owner_type?: string;
  result?: boolean;
  user_name?: string;
}
export const IssueQuotaCheckInfoShape = (): object => ({ issue_quota: 0, message: 0, owner_id: 0, owner_open_id: 0, owner_type: 0, result: 2, user_name: 0 });
