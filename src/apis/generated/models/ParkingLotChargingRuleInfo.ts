// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ParkingLotChargingRuleInfo`, a model of Alipay's v3 description (in `alipay.eco.mycar.parking.parkinglotinfo.create`, `alipay.eco.mycar.parking.parkinglotinfo.query`, `alipay.eco.mycar.parking.parkinglotinfo.update`).
 *
 * @example
 * ```ts
 * const value: ParkingLotChargingRuleInfo = { charging_period: '…', charging_strategy: '…' };
 * ```
 */
export interface ParkingLotChargingRuleInfo {
  charging_period?: string;
  charging_strategy?: string;
  charging_unit_fee?: string;
  charging_unit_minutes?: string;
  enable_rollover_charge_period?: boolean;
  first_charging_span_minutes?: string;
  first_charging_unit_fee?: string;
  first_charging_unit_minutes?: string;
  free_enter_minutes?: string;
  free_exit_minutes?: string;
  max_fee_per_day?: string;
}
export const ParkingLotChargingRuleInfoShape = (): object => ({ charging_period: 0, charging_strategy: 0, charging_unit_fee: 0, charging_unit_minutes: 0, enable_rollover_charge_period: 2, first_charging_span_minutes: 0, first_charging_unit_fee: 0, first_charging_unit_minutes: 0, free_enter_minutes: 0, free_exit_minutes: 0, max_fee_per_day: 0 });
