// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.paymentinfo.sync` (POST /v3/alipay/eco/mycar/parking/paymentinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingPaymentinfoSyncRequest = { car_number: '…', isv_url: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingPaymentinfoSyncRequest {
  car_number?: string;
  isv_url?: string;
  out_serial_no?: string;
  parking_id?: string;
  payment_free_minutes?: number;
  payment_time?: string;
  serial_no?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.paymentinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingPaymentinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingPaymentinfoSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.paymentinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingPaymentinfoSyncErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingPaymentinfoSyncErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "RECORD_NOT_FOUND" | "OPERATION_FREQUENTLY";

/**
 * `alipay.eco.mycar.parking.paymentinfo.sync`: POST /v3/alipay/eco/mycar/parking/paymentinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingPaymentinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingPaymentinfoSync, { car_number: '…', isv_url: '…' });
 * ```
 */
export const alipayEcoMycarParkingPaymentinfoSync: ApiDefinition<"alipay.eco.mycar.parking.paymentinfo.sync", AlipayEcoMycarParkingPaymentinfoSyncRequest, AlipayEcoMycarParkingPaymentinfoSyncResult, AlipayEcoMycarParkingPaymentinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.paymentinfo.sync",
  'POST',
  () => ({ car_number: 0, isv_url: 0, out_serial_no: 0, parking_id: 0, payment_free_minutes: 1, payment_time: 0, serial_no: 0 }),
  () => ({}),
);
