// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.order.update` (POST /v3/alipay/eco/mycar/parking/order/update: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingOrderUpdateRequest = { open_id: '…', order_no: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingOrderUpdateRequest {
  open_id?: string;
  order_no?: string;
  order_status?: string;
  user_id?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.order.update`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingOrderUpdateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingOrderUpdateResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.order.update` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingOrderUpdateErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingOrderUpdateErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "PARKING_DEDUCT_ORDER_NOT_SUPPORT_UPDATE" | "PARKING_USER_ID_IS_EMPTY" | "PARKING_USER_ID_FORMAT_ERROR" | "PARKING_ORDER_STATUS_IS_EMPTY" | "PARKING_ORDER_NO_IS_EMPTY" | "PARKING_ORDER_STATUS_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `alipay.eco.mycar.parking.order.update`: POST /v3/alipay/eco/mycar/parking/order/update over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingOrderUpdate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingOrderUpdate, { open_id: '…', order_no: '…' });
 * ```
 */
export const alipayEcoMycarParkingOrderUpdate: ApiDefinition<"alipay.eco.mycar.parking.order.update", AlipayEcoMycarParkingOrderUpdateRequest, AlipayEcoMycarParkingOrderUpdateResult, AlipayEcoMycarParkingOrderUpdateErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.order.update",
  'POST',
  () => ({ open_id: 0, order_no: 0, order_status: 0, user_id: 0 }),
  () => ({}),
);
