// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type BusinessItem, BusinessItemShape } from '../models/BusinessItem.ts';
import { type ParkingLotChargingRuleInfo, ParkingLotChargingRuleInfoShape } from '../models/ParkingLotChargingRuleInfo.ts';
import { type ParkingLotServiceInfo, ParkingLotServiceInfoShape } from '../models/ParkingLotServiceInfo.ts';

/**
 * The request of `alipay.eco.mycar.parking.parkinglotinfo.query` (GET /v3/alipay/eco/mycar/parking/parkinglotinfo/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingParkinglotinfoQueryRequest = { parking_id: "PI1535687028031821446", out_parking_id: "10000110001" };
 * ```
 */
export interface AlipayEcoMycarParkingParkinglotinfoQueryRequest {
  /** A query parameter (v3). */
  parking_id?: string;
  /** A query parameter (v3). */
  out_parking_id?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.parkinglotinfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingParkinglotinfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoMycarParkingParkinglotinfoQueryResult {
  address_id?: string;
  agent_id?: string;
  business_isv?: BusinessItem[];
  charging_rule?: ParkingLotChargingRuleInfo[];
  city_id?: string;
  map_poi_address?: string;
  map_poi_name?: string;
  mchnt_id?: string;
  out_parking_id?: string;
  parking_address?: string;
  parking_fee_description?: string;
  parking_fee_description_img?: string;
  parking_id?: string;
  parking_latitude?: string;
  parking_longitude?: string;
  parking_lot_type?: string;
  parking_lot_type_code?: string;
  parking_mobile?: string;
  parking_name?: string;
  parking_poiid?: string;
  pay_type?: string;
  province_id?: string;
  serivce_url?: string;
  service_list?: ParkingLotServiceInfo[];
  shopingmall_id?: string;
  time_out?: string;
}

/**
 * The error codes of `alipay.eco.mycar.parking.parkinglotinfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingParkinglotinfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEcoMycarParkingParkinglotinfoQueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR" | "SYSTEM_ERROR" | "PARKING_ID_FORMAT_ERROR" | "BIZ_PARAM_ISNULL" | "PARKING_LOT_NOT_EXIST" | "PARKINGLOT_NOT_FIND" | "NO_PERMISSION_ERROR";

/**
 * `alipay.eco.mycar.parking.parkinglotinfo.query`: GET /v3/alipay/eco/mycar/parking/parkinglotinfo/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingParkinglotinfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingParkinglotinfoQuery, { parking_id: "PI1535687028031821446", out_parking_id: "10000110001" });
 * ```
 */
export const alipayEcoMycarParkingParkinglotinfoQuery: ApiDefinition<"alipay.eco.mycar.parking.parkinglotinfo.query", AlipayEcoMycarParkingParkinglotinfoQueryRequest, AlipayEcoMycarParkingParkinglotinfoQueryResult, AlipayEcoMycarParkingParkinglotinfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.parkinglotinfo.query",
  { verb: 'GET', query: ["parking_id", "out_parking_id"] },
  () => ({ parking_id: 0, out_parking_id: 0 }),
  () => ({ address_id: 0, agent_id: 0, business_isv: [BusinessItemShape], charging_rule: [ParkingLotChargingRuleInfoShape], city_id: 0, map_poi_address: 0, map_poi_name: 0, mchnt_id: 0, out_parking_id: 0, parking_address: 0, parking_fee_description: 0, parking_fee_description_img: 0, parking_id: 0, parking_latitude: 0, parking_longitude: 0, parking_lot_type: 0, parking_lot_type_code: 0, parking_mobile: 0, parking_name: 0, parking_poiid: 0, pay_type: 0, province_id: 0, serivce_url: 0, service_list: [ParkingLotServiceInfoShape], shopingmall_id: 0, time_out: 0 }),
);
