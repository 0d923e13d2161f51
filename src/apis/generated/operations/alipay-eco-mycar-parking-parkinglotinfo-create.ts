// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type BusinessItem, BusinessItemShape } from '../models/BusinessItem.ts';
import { type ParkingLotChargingRuleInfo, ParkingLotChargingRuleInfoShape } from '../models/ParkingLotChargingRuleInfo.ts';
import { type ParkingLotServiceInfo, ParkingLotServiceInfoShape } from '../models/ParkingLotServiceInfo.ts';

/**
 * The request of `alipay.eco.mycar.parking.parkinglotinfo.create` (POST /v3/alipay/eco/mycar/parking/parkinglotinfo/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingParkinglotinfoCreateRequest = { agent_id: '…', charge_sum_space: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingParkinglotinfoCreateRequest {
  agent_id?: string;
  business_isv?: BusinessItem[];
  charge_sum_space?: string;
  charging_rule?: ParkingLotChargingRuleInfo[];
  city_id?: string;
  contact_alipay?: string;
  contact_emali?: string;
  contact_mobile?: string;
  contact_name?: string;
  contact_tel?: string;
  contact_weixin?: string;
  equipment_name?: string;
  is_support_invoice?: string;
  isv_mobile?: string;
  latitude?: string;
  longitude?: string;
  mchnt_id?: string;
  original_isv_appid?: string;
  original_isv_mobile?: string;
  original_isv_name?: string;
  original_isv_pid?: string;
  out_parking_id?: string;
  parking_address?: string;
  parking_end_time?: string;
  parking_fee_description?: string;
  parking_fee_description_img?: string;
  parking_lot_type?: string;
  parking_mobile?: string;
  parking_name?: string;
  parking_number?: string;
  parking_poiid?: string;
  parking_start_time?: string;
  parking_type?: string;
  pay_type?: string;
  payment_mode?: string;
  serivce_url?: string;
  service_list?: ParkingLotServiceInfo[];
  shopingmall_id?: string;
  sum_space?: string;
  support_after_pay?: string;
  time_out?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.parkinglotinfo.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingParkinglotinfoCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoMycarParkingParkinglotinfoCreateResult {
  biz_code?: string;
  biz_msg?: string;
  parking_id?: string;
}

/**
 * The error codes of `alipay.eco.mycar.parking.parkinglotinfo.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingParkinglotinfoCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEcoMycarParkingParkinglotinfoCreateErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR" | "MERCHANT_ID_IS_EMPTY" | "MERCHANT_ID_FORMAT_ERROR" | "PARKING_POI_ID_IS_EMPTY" | "ISV_PID_IS_EMPTY" | "PARKING_SUPPORT_AFTER_PAY_ILLEGAL" | "PARKING_TIME_OUT_ILLEGAL" | "PARKING_POI_NOT_FIND" | "PARKING_POI_TYPE_NOT_MATCH" | "PARKING_LEADS_HAS_REGISTERED" | "PARKING_POI_HAS_REGISTERED" | "PARKING_IS_SUPPORT_INVOICE_ILLEGAL" | "PARKING_BIZ_TAGS_ILLEGAL" | "PARKING_SUM_SPACE_ILLEGAL" | "PARKING_ISV_MOBILE_FORMAT_ERROR" | "PARKING_ORIGINAL_ISV_MOBILE_FORMAT_ERROR" | "PARKING_FEE_DESC_IMG_ILLEGAL" | "PARKING_FEE_DESC_IMG_UPLOAD_ERROR" | "SYSTEM_ERROR" | "INVALID_PARAMETER_BUSINESS_ID" | "INVALID_PARAMETER_BUSINESS_TYPE" | "ONLINET_ACCOUNT_BAD_NOT_APPS" | "AGREEMENT_ACCOUNT_BAD_NOT_APPS" | "AGREEMENT_ACCOUNT_BAD_NOT_SIGN" | "AGREEMENT_ACCOUNT_BAD_INVALID_PAYEE_ID" | "PARKINGLOT_HAS_REGISTERED" | "PARKINGLOT_TYPE_ERROR" | "PARKINGLOT_BIZ_TYPE_ERROR" | "PARKINGLOT_ONLINET_ACCOUNT_NOT_APPS" | "PARKINGLOT_AGREEMENT_ACCOUNT_NOT_APPS" | "PARKINGLOT_AGREEMENT_ACCOUNT_BAD_SIGN" | "PARKINGLOT_POI_TYPE_NOT_MATCH" | "PARKINGLOT_ISV_APP_ID_ILLEGAL" | "PARKINGLOT_POI_NOT_FIND" | "PARKINGLOT_POI_PARSE_ERROR" | "PARKINGLOT_IMPORT_DELETE_ERROR" | "NO_PERMISSION_ERROR";

/**
 * `alipay.eco.mycar.parking.parkinglotinfo.create`: POST /v3/alipay/eco/mycar/parking/parkinglotinfo/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingParkinglotinfoCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingParkinglotinfoCreate, { agent_id: '…', charge_sum_space: '…' });
 * ```
 */
export const alipayEcoMycarParkingParkinglotinfoCreate: ApiDefinition<"alipay.eco.mycar.parking.parkinglotinfo.create", AlipayEcoMycarParkingParkinglotinfoCreateRequest, AlipayEcoMycarParkingParkinglotinfoCreateResult, AlipayEcoMycarParkingParkinglotinfoCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.parkinglotinfo.create",
  'POST',
  () => ({ agent_id: 0, business_isv: [BusinessItemShape], charge_sum_space: 0, charging_rule: [ParkingLotChargingRuleInfoShape], city_id: 0, contact_alipay: 0, contact_emali: 0, contact_mobile: 0, contact_name: 0, contact_tel: 0, contact_weixin: 0, equipment_name: 0, is_support_invoice: 0, isv_mobile: 0, latitude: 0, longitude: 0, mchnt_id: 0, original_isv_appid: 0, original_isv_mobile: 0, original_isv_name: 0, original_isv_pid: 0, out_parking_id: 0, parking_address: 0, parking_end_time: 0, parking_fee_description: 0, parking_fee_description_img: 0, parking_lot_type: 0, parking_mobile: 0, parking_name: 0, parking_number: 0, parking_poiid: 0, parking_start_time: 0, parking_type: 0, pay_type: 0, payment_mode: 0, serivce_url: 0, service_list: [ParkingLotServiceInfoShape], shopingmall_id: 0, sum_space: 0, support_after_pay: 0, time_out: 0 }),
  () => ({ biz_code: 0, biz_msg: 0, parking_id: 0 }),
);
