// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGOCycleFlexConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOCycleFlexConfig = { cycle_flex_withhold_fee_name: '…', cycle_flex_withhold_max_price: '…' };
 * ```
 */
export interface ZMGOCycleFlexConfig {
  cycle_flex_withhold_fee_name?: string;
  cycle_flex_withhold_max_price?: string;
  cycle_flex_withhold_total_period_count?: number;
}
export const ZMGOCycleFlexConfigShape = (): object => ({ cycle_flex_withhold_fee_name: 0, cycle_flex_withhold_max_price: 0, cycle_flex_withhold_total_period_count: 1 });
