// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.charginginfo.sync` (POST /v3/alipay/eco/mycar/parking/charginginfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingCharginginfoSyncRequest = { car_number: '…', isv_url: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingCharginginfoSyncRequest {
  car_number?: string;
  isv_url?: string;
  parking_id?: string;
  serial_no?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.charginginfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingCharginginfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingCharginginfoSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.charginginfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingCharginginfoSyncErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingCharginginfoSyncErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `alipay.eco.mycar.parking.charginginfo.sync`: POST /v3/alipay/eco/mycar/parking/charginginfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingCharginginfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingCharginginfoSync, { car_number: '…', isv_url: '…' });
 * ```
 */
export const alipayEcoMycarParkingCharginginfoSync: ApiDefinition<"alipay.eco.mycar.parking.charginginfo.sync", AlipayEcoMycarParkingCharginginfoSyncRequest, AlipayEcoMycarParkingCharginginfoSyncResult, AlipayEcoMycarParkingCharginginfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.charginginfo.sync",
  'POST',
  () => ({ car_number: 0, isv_url: 0, parking_id: 0, serial_no: 0 }),
  () => ({}),
);
