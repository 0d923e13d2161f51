// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.iot.device.query` (GET /v3/alipay/merchant/iot/device/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantIotDeviceQueryRequest = { device_id_type: "SN", biz_tid: "01017gV1CZ1XxASNbqkTJqchletNyVXtsKy1PAs4FKZ6tjRMqyMG2Zk" };
 * ```
 */
export interface AlipayMerchantIotDeviceQueryRequest {
  /** A query parameter (v3). */
  device_id_type?: string;
  /** A query parameter (v3). */
  biz_tid?: string;
  /** A query parameter (v3). */
  supplier_id?: string;
  /** A query parameter (v3). */
  device_sn?: string;
}

/**
 * The result of `alipay.merchant.iot.device.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantIotDeviceQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantIotDeviceQueryResult {
  merchant_type?: string;
  pid?: string;
  shop_id?: string;
  smid?: string;
}

/**
 * The error codes of `alipay.merchant.iot.device.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantIotDeviceQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMerchantIotDeviceQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "DEVICE_NOT_EXIST" | "ACCESS_DENIED" | "RECORD_NOT_EXIST";

/**
 * `alipay.merchant.iot.device.query`: GET /v3/alipay/merchant/iot/device/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantIotDeviceQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantIotDeviceQuery, { device_id_type: "SN", biz_tid: "01017gV1CZ1XxASNbqkTJqchletNyVXtsKy1PAs4FKZ6tjRMqyMG2Zk" });
 * ```
 */
export const alipayMerchantIotDeviceQuery: ApiDefinition<"alipay.merchant.iot.device.query", AlipayMerchantIotDeviceQueryRequest, AlipayMerchantIotDeviceQueryResult, AlipayMerchantIotDeviceQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.iot.device.query",
  { verb: 'GET', query: ["device_id_type", "biz_tid", "supplier_id", "device_sn"] },
  () => ({ device_id_type: 0, biz_tid: 0, supplier_id: 0, device_sn: 0 }),
  () => ({ merchant_type: 0, pid: 0, shop_id: 0, smid: 0 }),
);
