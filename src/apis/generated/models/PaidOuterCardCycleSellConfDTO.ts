// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaidOuterCardCycleSellConfDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardCycleSellConfDTO = { cycle_selling_url: '…', support_cycle_sell: true };
 * ```
 */
export interface PaidOuterCardCycleSellConfDTO {
  cycle_selling_url?: string;
  cycle_type?: string[];
  support_cycle_sell?: boolean;
}
export const PaidOuterCardCycleSellConfDTOShape = (): object => ({ cycle_selling_url: 0, cycle_type: [0], support_cycle_sell: 2 });
