// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.transport.charger.chargerbindinfo.sync` (POST /v3/alipay/commerce/transport/charger/chargerbindinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceTransportChargerChargerbindinfoSyncRequest = { auth_token: '…', bind_qrcode: '…' };
 * ```
 */
export interface AlipayCommerceTransportChargerChargerbindinfoSyncRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  bind_qrcode?: string;
  bind_status?: string;
  bind_time?: string;
  connector_type?: string;
  current_output_type?: string;
  equip_id?: string;
  equip_imei?: string;
  equip_name?: string;
  equip_sn?: string;
  equip_status?: string;
  equip_type_no?: string;
  network_data_begin_time?: string;
  network_data_end_time?: string;
  operator_id?: string;
  operator_uid?: string;
  rated_current?: string;
  rated_power?: string;
  rated_voltage?: string;
  s_brand_code?: string;
  unbind_time?: string;
}

/**
 * The result of `alipay.commerce.transport.charger.chargerbindinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceTransportChargerChargerbindinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceTransportChargerChargerbindinfoSyncResult {
  equip_id?: string;
  fail_reason?: string;
  result_status?: string;
}

/**
 * The error codes of `alipay.commerce.transport.charger.chargerbindinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceTransportChargerChargerbindinfoSyncErrorCode = "ISV_INVALID_ARGUMENTS";
 * ```
 */
export type AlipayCommerceTransportChargerChargerbindinfoSyncErrorCode = "ISV_INVALID_ARGUMENTS" | "BUSINESS_FAILED" | "INVALID_PARAMETER";

/**
 * `alipay.commerce.transport.charger.chargerbindinfo.sync`: POST /v3/alipay/commerce/transport/charger/chargerbindinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceTransportChargerChargerbindinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceTransportChargerChargerbindinfoSync, { auth_token: '…', bind_qrcode: '…' });
 * ```
 */
export const alipayCommerceTransportChargerChargerbindinfoSync: ApiDefinition<"alipay.commerce.transport.charger.chargerbindinfo.sync", AlipayCommerceTransportChargerChargerbindinfoSyncRequest, AlipayCommerceTransportChargerChargerbindinfoSyncResult, AlipayCommerceTransportChargerChargerbindinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.transport.charger.chargerbindinfo.sync",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, bind_qrcode: 0, bind_status: 0, bind_time: 0, connector_type: 0, current_output_type: 0, equip_id: 0, equip_imei: 0, equip_name: 0, equip_sn: 0, equip_status: 0, equip_type_no: 0, network_data_begin_time: 0, network_data_end_time: 0, operator_id: 0, operator_uid: 0, rated_current: 0, rated_power: 0, rated_voltage: 0, s_brand_code: 0, unbind_time: 0 }),
  () => ({ equip_id: 0, fail_reason: 0, result_status: 0 }),
);
