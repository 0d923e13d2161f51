// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `JointAccountQuotaRespDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.detail.query`, `alipay.fund.jointaccount.quota.query`).
 *
 * @example
 * ```ts
 * const value: JointAccountQuotaRespDTO = { custom_begin_date: '…', custom_end_date: '…' };
 * ```
 */
export interface JointAccountQuotaRespDTO {
  custom_begin_date?: string;
  custom_end_date?: string;
  quota_dimension?: string;
  quota_remain?: string;
  quota_remain_count?: string;
  quota_total?: string;
  quota_used?: string;
}
export const JointAccountQuotaRespDTOShape = (): object => ({ custom_begin_date: 0, custom_end_date: 0, quota_dimension: 0, quota_remain: 0, quota_remain_count: 0, quota_total: 0, quota_used: 0 });
