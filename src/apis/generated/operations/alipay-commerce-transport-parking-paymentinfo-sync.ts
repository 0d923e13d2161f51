// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.transport.parking.paymentinfo.sync` (POST /v3/alipay/commerce/transport/parking/paymentinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceTransportParkingPaymentinfoSyncRequest = { alipay_trade_no: '…', discount_amount: '…' };
 * ```
 */
export interface AlipayCommerceTransportParkingPaymentinfoSyncRequest {
  alipay_trade_no?: string;
  discount_amount?: string;
  discount_information?: ParkingPaymentDiscountInfo[];
  free_exit_minutes?: string;
  inactive_user?: boolean;
  is_encrypt_plate_no?: boolean;
  mobile_number?: string;
  node_type?: string;
  open_appid?: string;
  open_id?: string;
  order_create_time?: string;
  out_order_no?: string;
  out_serial_no?: string;
  pay_frequency?: string;
  payment_amount?: string;
  payment_time?: string;
  payment_type?: string;
  payment_user_open_id?: string;
  plate_color?: string;
  plate_no?: string;
  service_url?: string;
  total_amount?: string;
}

/**
 * The result of `alipay.commerce.transport.parking.paymentinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceTransportParkingPaymentinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceTransportParkingPaymentinfoSyncResult {
  biz_code?: string;
  biz_msg?: string;
  send_parking_message_flag?: string;
}

/**
 * The error codes of `alipay.commerce.transport.parking.paymentinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceTransportParkingPaymentinfoSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceTransportParkingPaymentinfoSyncErrorCode = "INVALID_PARAMETER" | "BIZ_FAIL" | "BIZ_UNKNOWN" | "SYSTEM_ERROR" | "OPERATION_FREQUENTLY";

/**
 * `ParkingPaymentDiscountInfo`, a model of Alipay's v3 description (in `alipay.commerce.transport.parking.paymentinfo.sync`).
 *
 * @example
 * ```ts
 * const value: ParkingPaymentDiscountInfo = { discount_amount: '…', discount_type: '…' };
 * ```
 */
export interface ParkingPaymentDiscountInfo {
  discount_amount?: string;
  discount_type?: string;
}
const ParkingPaymentDiscountInfoShape = (): object => ({ discount_amount: 0, discount_type: 0 });

/**
 * `alipay.commerce.transport.parking.paymentinfo.sync`: POST /v3/alipay/commerce/transport/parking/paymentinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceTransportParkingPaymentinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceTransportParkingPaymentinfoSync, { alipay_trade_no: '…', discount_amount: '…' });
 * ```
 */
export const alipayCommerceTransportParkingPaymentinfoSync: ApiDefinition<"alipay.commerce.transport.parking.paymentinfo.sync", AlipayCommerceTransportParkingPaymentinfoSyncRequest, AlipayCommerceTransportParkingPaymentinfoSyncResult, AlipayCommerceTransportParkingPaymentinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.transport.parking.paymentinfo.sync",
  'POST',
  () => ({ alipay_trade_no: 0, discount_amount: 0, discount_information: [ParkingPaymentDiscountInfoShape], free_exit_minutes: 0, inactive_user: 2, is_encrypt_plate_no: 2, mobile_number: 0, node_type: 0, open_appid: 0, open_id: 0, order_create_time: 0, out_order_no: 0, out_serial_no: 0, pay_frequency: 0, payment_amount: 0, payment_time: 0, payment_type: 0, payment_user_open_id: 0, plate_color: 0, plate_no: 0, service_url: 0, total_amount: 0 }),
  () => ({ biz_code: 0, biz_msg: 0, send_parking_message_flag: 0 }),
);
