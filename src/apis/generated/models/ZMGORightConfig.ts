// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGORightConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGORightConfig = { cumulative_preferential_redirect_schema: '…', custom_benefit_desc: '…' };
 * ```
 */
export interface ZMGORightConfig {
  cumulative_preferential_redirect_schema?: string;
  custom_benefit_desc?: string;
  custom_sub_benefit_desc?: string;
}
export const ZMGORightConfigShape = (): object => ({ cumulative_preferential_redirect_schema: 0, custom_benefit_desc: 0, custom_sub_benefit_desc: 0 });
