// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.transport.parking.exitinfo.sync` (POST /v3/alipay/commerce/transport/parking/exitinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceTransportParkingExitinfoSyncRequest = { exit_name: '…', exit_number: 1 };
 * ```
 */
export interface AlipayCommerceTransportParkingExitinfoSyncRequest {
  exit_name?: string;
  exit_number?: number;
  is_encrypt_plate_no?: boolean;
  open_appid?: string;
  open_id?: string;
  out_serial_no?: string;
  out_time?: string;
  plate_color?: string;
  plate_no?: string;
  service_url?: string;
}

/**
 * The result of `alipay.commerce.transport.parking.exitinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceTransportParkingExitinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceTransportParkingExitinfoSyncResult {
  biz_code?: string;
  biz_msg?: string;
}

/**
 * The error codes of `alipay.commerce.transport.parking.exitinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceTransportParkingExitinfoSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayCommerceTransportParkingExitinfoSyncErrorCode = "INVALID_PARAMETER" | "BIZ_FAIL" | "BIZ_UNKNOWN" | "SYSTEM_ERROR" | "OPERATION_FREQUENTLY";

/**
 * `alipay.commerce.transport.parking.exitinfo.sync`: POST /v3/alipay/commerce/transport/parking/exitinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceTransportParkingExitinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceTransportParkingExitinfoSync, { exit_name: '…', exit_number: 1 });
 * ```
 */
export const alipayCommerceTransportParkingExitinfoSync: ApiDefinition<"alipay.commerce.transport.parking.exitinfo.sync", AlipayCommerceTransportParkingExitinfoSyncRequest, AlipayCommerceTransportParkingExitinfoSyncResult, AlipayCommerceTransportParkingExitinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.transport.parking.exitinfo.sync",
  'POST',
  () => ({ exit_name: 0, exit_number: 1, is_encrypt_plate_no: 2, open_appid: 0, open_id: 0, out_serial_no: 0, out_time: 0, plate_color: 0, plate_no: 0, service_url: 0 }),
  () => ({ biz_code: 0, biz_msg: 0 }),
);
