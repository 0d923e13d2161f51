// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.transport.parking.enterinfo.sync` (POST /v3/alipay/commerce/transport/parking/enterinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceTransportParkingEnterinfoSyncRequest = { agreement_query: true, entrance_name: '…' };
 * ```
 */
export interface AlipayCommerceTransportParkingEnterinfoSyncRequest {
  agreement_query?: boolean;
  charge_info_list?: ParkingChargeInfo[];
  entrance_name?: string;
  entrance_number?: number;
  free_enter_minutes?: string;
  in_time?: string;
  is_encrypt_plate_no?: boolean;
  membership_info?: ParkingMembershipInfo;
  need_charge?: boolean;
  open_appid?: string;
  open_id?: string;
  out_serial_no?: string;
  parking_id?: string;
  plate_color?: string;
  plate_no?: string;
  service_url?: string;
}

/**
 * The result of `alipay.commerce.transport.parking.enterinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceTransportParkingEnterinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceTransportParkingEnterinfoSyncResult {
  agreement_scene?: string;
  biz_code?: string;
  biz_msg?: string;
  serial_no?: string;
}

/**
 * The error codes of `alipay.commerce.transport.parking.enterinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceTransportParkingEnterinfoSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceTransportParkingEnterinfoSyncErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_FAIL" | "BIZ_UNKNOWN" | "OPERATION_FREQUENTLY";

/**
 * `ParkingChargeInfo`, a model of Alipay's v3 description (in `alipay.commerce.transport.parking.enterinfo.sync`).
 *
 * @example
 * ```ts
 * const value: ParkingChargeInfo = { charge_fee: '…', charge_node: '…' };
 * ```
 */
export interface ParkingChargeInfo {
  charge_fee?: string;
  charge_node?: string;
  charge_time?: string;
}
const ParkingChargeInfoShape = (): object => ({ charge_fee: 0, charge_node: 0, charge_time: 0 });

/**
 * `ParkingMembershipInfo`, a model of Alipay's v3 description (in `alipay.commerce.transport.parking.enterinfo.sync`).
 *
 * @example
 * ```ts
 * const value: ParkingMembershipInfo = { membership_balance: '…', membership_type: '…' };
 * ```
 */
export interface ParkingMembershipInfo {
  membership_balance?: string;
  membership_type?: string;
}
const ParkingMembershipInfoShape = (): object => ({ membership_balance: 0, membership_type: 0 });

/**
 * `alipay.commerce.transport.parking.enterinfo.sync`: POST /v3/alipay/commerce/transport/parking/enterinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceTransportParkingEnterinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceTransportParkingEnterinfoSync, { agreement_query: true, entrance_name: '…' });
 * ```
 */
export const alipayCommerceTransportParkingEnterinfoSync: ApiDefinition<"alipay.commerce.transport.parking.enterinfo.sync", AlipayCommerceTransportParkingEnterinfoSyncRequest, AlipayCommerceTransportParkingEnterinfoSyncResult, AlipayCommerceTransportParkingEnterinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.transport.parking.enterinfo.sync",
  'POST',
  () => ({ agreement_query: 2, charge_info_list: [ParkingChargeInfoShape], entrance_name: 0, entrance_number: 1, free_enter_minutes: 0, in_time: 0, is_encrypt_plate_no: 2, membership_info: ParkingMembershipInfoShape, need_charge: 2, open_appid: 0, open_id: 0, out_serial_no: 0, parking_id: 0, plate_color: 0, plate_no: 0, service_url: 0 }),
  () => ({ agreement_scene: 0, biz_code: 0, biz_msg: 0, serial_no: 0 }),
);
