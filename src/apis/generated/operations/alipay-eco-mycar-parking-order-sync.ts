// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.order.sync` (POST /v3/alipay/eco/mycar/parking/order/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingOrderSyncRequest = { agent_pid: '…', car_number: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingOrderSyncRequest {
  agent_pid?: string;
  car_number?: string;
  card_number?: string;
  in_duration?: string;
  in_time?: string;
  open_id?: string;
  order_no?: string;
  order_status?: string;
  order_time?: string;
  out_order_no?: string;
  out_parking_id?: string;
  out_time?: string;
  parking_id?: string;
  parking_name?: string;
  parking_record_id?: string;
  pay_money?: string;
  pay_scene?: string;
  pay_time?: string;
  pay_type?: string;
  smid?: string;
  user_id?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.order.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingOrderSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingOrderSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.order.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingOrderSyncErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingOrderSyncErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "PARKING_USER_ID_IS_EMPTY" | "PARKING_USER_ID_FORMAT_ERROR" | "PARKING_OUT_ORDER_NO_IS_EMPTY" | "PARKING_ORDER_STATUS_IS_EMPTY" | "PARKING_ORDER_TIME_IS_EMPTY" | "PARKING_ORDER_TIME_FORMAT_ERROR" | "PARKING_ORDER_NO_IS_EMPTY" | "PARKING_PAY_TIME_IS_EMPTY" | "PARKING_PAY_TIME_FORMAT_ERROR" | "PARKING_PAY_TYPE_IS_EMPTY" | "PARKING_PAY_TYPE_ILLEGAL" | "PARKING_PAY_MONEY_IS_EMPTY" | "PARKING_PAY_MONEY_ILLEGAL" | "PARKING_IN_TIME_IS_EMPTY" | "PARKING_IN_TIME_FORMAT_ERROR" | "PARKING_IN_DURATION_IS_EMPTY" | "PARKING_CAR_NUMBER_IS_EMPTY" | "PARKING_CAR_NUMBER_FORMAT_ERROR" | "PARKING_NAME_LENGTH_TOO_LONG" | "PARKING_ID_IS_EMPTY" | "PARKING_LOT_NOT_EXIST" | "ISV_APP_ID_ILLEGAL" | "SYSTEM_ERROR" | "PARKING_ORDER_STATUS_ILLEGAL" | "PARKING_DEDUCT_ORDER_HAS_SYNCED" | "NO_PERMISSION_ERROR";

/**
 * `alipay.eco.mycar.parking.order.sync`: POST /v3/alipay/eco/mycar/parking/order/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingOrderSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingOrderSync, { agent_pid: '…', car_number: '…' });
 * ```
 */
export const alipayEcoMycarParkingOrderSync: ApiDefinition<"alipay.eco.mycar.parking.order.sync", AlipayEcoMycarParkingOrderSyncRequest, AlipayEcoMycarParkingOrderSyncResult, AlipayEcoMycarParkingOrderSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.order.sync",
  'POST',
  () => ({ agent_pid: 0, car_number: 0, card_number: 0, in_duration: 0, in_time: 0, open_id: 0, order_no: 0, order_status: 0, order_time: 0, out_order_no: 0, out_parking_id: 0, out_time: 0, parking_id: 0, parking_name: 0, parking_record_id: 0, pay_money: 0, pay_scene: 0, pay_time: 0, pay_type: 0, smid: 0, user_id: 0 }),
  () => ({}),
);
