// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.iot.device.verify` (POST /v3/alipay/merchant/iot/device/verify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantIotDeviceVerifyRequest = { biz_tid: '…', device_id_type: '…' };
 * ```
 */
export interface AlipayMerchantIotDeviceVerifyRequest {
  biz_tid?: string;
  device_id_type?: string;
  device_sn?: string;
  merchant_type?: string;
  pid?: string;
  smid?: string;
  supplier_id?: string;
}

/**
 * The result of `alipay.merchant.iot.device.verify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantIotDeviceVerifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMerchantIotDeviceVerifyResult = Record<string, never>;

/**
 * The error codes of `alipay.merchant.iot.device.verify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantIotDeviceVerifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMerchantIotDeviceVerifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "DEVICE_NOT_EXIST" | "TRADE_NOT_EXIST" | "MERCHANT_ID_UNMATCHED";

/**
 * `alipay.merchant.iot.device.verify`: POST /v3/alipay/merchant/iot/device/verify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantIotDeviceVerify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantIotDeviceVerify, { biz_tid: '…', device_id_type: '…' });
 * ```
 */
export const alipayMerchantIotDeviceVerify: ApiDefinition<"alipay.merchant.iot.device.verify", AlipayMerchantIotDeviceVerifyRequest, AlipayMerchantIotDeviceVerifyResult, AlipayMerchantIotDeviceVerifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.iot.device.verify",
  'POST',
  () => ({ biz_tid: 0, device_id_type: 0, device_sn: 0, merchant_type: 0, pid: 0, smid: 0, supplier_id: 0 }),
  () => ({}),
);
