// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `JointAccountQuotaDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.member.batchquery`, `alipay.fund.jointaccount.member.bind`, `alipay.fund.jointaccount.member.query` and 2 more).
 *
 * @example
 * ```ts
 * const value: JointAccountQuotaDTO = { custom_begin_date: '…', custom_end_date: '…' };
 * ```
 */
export interface JointAccountQuotaDTO {
  custom_begin_date?: string;
  custom_end_date?: string;
  quota_dimension?: string;
  quota_total?: string;
}
export const JointAccountQuotaDTOShape = (): object => ({ custom_begin_date: 0, custom_end_date: 0, quota_dimension: 0, quota_total: 0 });
