// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ZMGOCycleFlexConfig, ZMGOCycleFlexConfigShape } from './ZMGOCycleFlexConfig.ts';
import { type ZMGOCycleWithholdConfig, ZMGOCycleWithholdConfigShape } from './ZMGOCycleWithholdConfig.ts';

/**
 * `ZMGOSettlementConfig`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.template.create`, `zhima.merchant.zmgo.template.query`).
 *
 * @example
 * ```ts
 * const value: ZMGOSettlementConfig = { custom_fee_name: '…', exp_stop_delay_days: 1 };
 * ```
 */
export interface ZMGOSettlementConfig {
  custom_fee_name?: string;
  cycle_flex_withhold_config?: ZMGOCycleFlexConfig;
  cycle_withhold_config?: ZMGOCycleWithholdConfig;
  exp_stop_delay_days?: number;
  exp_stop_time?: string;
  exp_stop_time_mode?: string;
  fulfilltimes_custom_settlement_plan?: string;
  settlement_type?: string;
}
export const ZMGOSettlementConfigShape = (): object => ({ custom_fee_name: 0, cycle_flex_withhold_config: ZMGOCycleFlexConfigShape, cycle_withhold_config: ZMGOCycleWithholdConfigShape, exp_stop_delay_days: 1, exp_stop_time: 0, exp_stop_time_mode: 0, fulfilltimes_custom_settlement_plan: 0, settlement_type: 0 });
