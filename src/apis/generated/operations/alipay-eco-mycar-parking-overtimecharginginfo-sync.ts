// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.overtimecharginginfo.sync` (POST /v3/alipay/eco/mycar/parking/overtimecharginginfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingOvertimecharginginfoSyncRequest = { car_number: '…', isv_url: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingOvertimecharginginfoSyncRequest {
  car_number?: string;
  isv_url?: string;
  parking_id?: string;
  serial_no?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.overtimecharginginfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingOvertimecharginginfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingOvertimecharginginfoSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.overtimecharginginfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingOvertimecharginginfoSyncErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingOvertimecharginginfoSyncErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `alipay.eco.mycar.parking.overtimecharginginfo.sync`: POST /v3/alipay/eco/mycar/parking/overtimecharginginfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingOvertimecharginginfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingOvertimecharginginfoSync, { car_number: '…', isv_url: '…' });
 * ```
 */
export const alipayEcoMycarParkingOvertimecharginginfoSync: ApiDefinition<"alipay.eco.mycar.parking.overtimecharginginfo.sync", AlipayEcoMycarParkingOvertimecharginginfoSyncRequest, AlipayEcoMycarParkingOvertimecharginginfoSyncResult, AlipayEcoMycarParkingOvertimecharginginfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.overtimecharginginfo.sync",
  'POST',
  () => ({ car_number: 0, isv_url: 0, parking_id: 0, serial_no: 0 }),
  () => ({}),
);
