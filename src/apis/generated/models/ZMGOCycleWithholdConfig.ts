// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ZMGOCycleWithholdConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOCycleWithholdConfig = { exemption_period: '…', period: '…' };
 * ```
 */
export interface ZMGOCycleWithholdConfig {
  deduct_plan?: string[];
  exemption_period?: string;
  period?: string;
  period_type?: string;
  support_cycle_withhold_high_mode?: boolean;
  support_exemption_period?: boolean;
  withhold_mode?: string;
}
export const ZMGOCycleWithholdConfigShape = (): object => ({ deduct_plan: [0], exemption_period: 0, period: 0, period_type: 0, support_cycle_withhold_high_mode: 2, support_exemption_period: 2, withhold_mode: 0 });
