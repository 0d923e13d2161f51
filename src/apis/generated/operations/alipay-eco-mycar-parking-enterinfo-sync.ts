// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.enterinfo.sync` (POST /v3/alipay/eco/mycar/parking/enterinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingEnterinfoSyncRequest = { agreement_query: true, car_color: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingEnterinfoSyncRequest {
  agreement_query?: boolean;
  car_color?: string;
  car_number?: string;
  entrance_id?: string;
  free_minutes?: number;
  in_time?: string;
  is_encrypt_car_number?: boolean;
  isv_url?: string;
  out_serial_no?: string;
  parking_id?: string;
  space_number?: string;
  store_id?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.enterinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingEnterinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoMycarParkingEnterinfoSyncResult {
  agreement_scene?: string;
  /** @deprecated */
  agreement_status?: string;
  car_status?: string;
  current_time?: string;
  serial_no?: string;
}

/**
 * The error codes of `alipay.eco.mycar.parking.enterinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingEnterinfoSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEcoMycarParkingEnterinfoSyncErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR" | "CALL_TOO_OFFTEN" | "ISV_APP_ID_ILLEGAL" | "SYSTEM_ERROR" | "OPERATION_FREQUENTLY";

/**
 * `alipay.eco.mycar.parking.enterinfo.sync`: POST /v3/alipay/eco/mycar/parking/enterinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingEnterinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingEnterinfoSync, { agreement_query: true, car_color: '…' });
 * ```
 */
export const alipayEcoMycarParkingEnterinfoSync: ApiDefinition<"alipay.eco.mycar.parking.enterinfo.sync", AlipayEcoMycarParkingEnterinfoSyncRequest, AlipayEcoMycarParkingEnterinfoSyncResult, AlipayEcoMycarParkingEnterinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.enterinfo.sync",
  'POST',
  () => ({ agreement_query: 2, car_color: 0, car_number: 0, entrance_id: 0, free_minutes: 1, in_time: 0, is_encrypt_car_number: 2, isv_url: 0, out_serial_no: 0, parking_id: 0, space_number: 0, store_id: 0 }),
  () => ({ agreement_scene: 0, agreement_status: 0, car_status: 0, current_time: 0, serial_no: 0 }),
);
