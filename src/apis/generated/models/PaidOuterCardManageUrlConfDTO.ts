// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaidOuterCardManageUrlConfDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardManageUrlConfDTO = { cycle_manage_url: '…', downgrade_url: '…' };
 * ```
 */
export interface PaidOuterCardManageUrlConfDTO {
  cycle_manage_url?: string;
  downgrade_url?: string;
  refund_url?: string;
  renew_url?: string;
  upgrade_url?: string;
}
export const PaidOuterCardManageUrlConfDTOShape = (): object => ({ cycle_manage_url: 0, downgrade_url: 0, refund_url: 0, renew_url: 0, upgrade_url: 0 });
