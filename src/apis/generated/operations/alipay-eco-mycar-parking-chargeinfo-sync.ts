// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.chargeinfo.sync` (POST /v3/alipay/eco/mycar/parking/chargeinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingChargeinfoSyncRequest = { business_hours: '…', car_daylight_advanced_price: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingChargeinfoSyncRequest {
  business_hours?: string;
  car_daylight_advanced_price?: string;
  car_daylight_base_price?: string;
  car_night_advanced_price?: string;
  car_night_base_price?: string;
  car_onetime_price?: string;
  daily_price_upperbound?: string;
  daylight_business_hours?: string;
  free_period?: string;
  has_charging_pile?: string;
  is_charge?: string;
  night_business_hours?: string;
  parking_id?: string;
  parking_space_count?: number;
  remark?: string;
  truck_daylight_advanced_price?: string;
  truck_daylight_base_price?: string;
  truck_night_advanced_price?: string;
  truck_night_base_price?: string;
  truck_onetime_price?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.chargeinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingChargeinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoMycarParkingChargeinfoSyncResult {
  sync_result?: string;
}

/**
 * The error codes of `alipay.eco.mycar.parking.chargeinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingChargeinfoSyncErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingChargeinfoSyncErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "MERCHANT_VERIFY_FAILED" | "EMPTY_PARAMETER" | "PARAMETER_FORMAT_ERR" | "PARKING_ID_EMPTY" | "IS_CHARGE_EMPTY" | "IS_CHARGE_INVALID" | "PARKING_SPACE_COUNT_EMPTY" | "BUSINESS_HOURS_EMPTY" | "HAS_CHARGING_PILE_EMPTY" | "HAS_CHARGING_PILE_INVALID" | "FREE_PERIOD_EMPTY" | "DAILY_PRICE_UPPERBOUND_EMPTY" | "DAYLIGHT_BUSINESS_HOURS_EMPTY" | "NIGHT_BUSINESS_HOURS_EMPTY" | "CAR_DAYLIGHT_BASE_PRICE_EMPTY" | "CAR_DAYLIGHT_ADVANCED_PRICE_EMPT" | "CAR_NIGHT_BASE_PRICE_EMPTY" | "CAR_NIGHT_ADVANCED_PRICE_EMPTY" | "TRUCK_DAYLIGHT_BASE_PRICE_EMPTY" | "TRUCK_DAYLIGHT_ADVANCED_PRICE_EM" | "TRUCK_NIGHT_BASE_PRICE_EMPTY" | "TRUCK_NIGHT_ADVANCED_PRICE_EMPTY";

/**
 * `alipay.eco.mycar.parking.chargeinfo.sync`: POST /v3/alipay/eco/mycar/parking/chargeinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingChargeinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingChargeinfoSync, { business_hours: '…', car_daylight_advanced_price: '…' });
 * ```
 */
export const alipayEcoMycarParkingChargeinfoSync: ApiDefinition<"alipay.eco.mycar.parking.chargeinfo.sync", AlipayEcoMycarParkingChargeinfoSyncRequest, AlipayEcoMycarParkingChargeinfoSyncResult, AlipayEcoMycarParkingChargeinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.chargeinfo.sync",
  'POST',
  () => ({ business_hours: 0, car_daylight_advanced_price: 0, car_daylight_base_price: 0, car_night_advanced_price: 0, car_night_base_price: 0, car_onetime_price: 0, daily_price_upperbound: 0, daylight_business_hours: 0, free_period: 0, has_charging_pile: 0, is_charge: 0, night_business_hours: 0, parking_id: 0, parking_space_count: 1, remark: 0, truck_daylight_advanced_price: 0, truck_daylight_base_price: 0, truck_night_advanced_price: 0, truck_night_base_price: 0, truck_onetime_price: 0 }),
  () => ({ sync_result: 0 }),
);
