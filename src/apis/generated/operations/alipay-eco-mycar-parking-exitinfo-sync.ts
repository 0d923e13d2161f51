// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.exitinfo.sync` (POST /v3/alipay/eco/mycar/parking/exitinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingExitinfoSyncRequest = { actual_amount: '…', car_color: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingExitinfoSyncRequest {
  actual_amount?: string;
  car_color?: string;
  car_number?: string;
  discount_amount?: string;
  exit_id?: string;
  is_encrypt_car_number?: boolean;
  isv_url?: string;
  order_amount?: string;
  out_serial_no?: string;
  out_time?: string;
  parking_id?: string;
  serial_no?: string;
  space_number?: string;
  store_id?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.exitinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingExitinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingExitinfoSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.exitinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingExitinfoSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEcoMycarParkingExitinfoSyncErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR" | "CALL_TOO_OFFTEN" | "SERIAL_NO_ENTER_NO_RECORD" | "SERIAL_NO_DOUBLE_ENTER_NO_RECORD" | "OPERATION_FREQUENTLY";

/**
 * `alipay.eco.mycar.parking.exitinfo.sync`: POST /v3/alipay/eco/mycar/parking/exitinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingExitinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingExitinfoSync, { actual_amount: '…', car_color: '…' });
 * ```
 */
export const alipayEcoMycarParkingExitinfoSync: ApiDefinition<"alipay.eco.mycar.parking.exitinfo.sync", AlipayEcoMycarParkingExitinfoSyncRequest, AlipayEcoMycarParkingExitinfoSyncResult, AlipayEcoMycarParkingExitinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.exitinfo.sync",
  'POST',
  () => ({ actual_amount: 0, car_color: 0, car_number: 0, discount_amount: 0, exit_id: 0, is_encrypt_car_number: 2, isv_url: 0, order_amount: 0, out_serial_no: 0, out_time: 0, parking_id: 0, serial_no: 0, space_number: 0, store_id: 0 }),
  () => ({}),
);
