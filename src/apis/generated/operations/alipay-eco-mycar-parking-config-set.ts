// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InterfaceInfoList, InterfaceInfoListShape } from '../models/InterfaceInfoList.ts';

/**
 * The request of `alipay.eco.mycar.parking.config.set` (POST /v3/alipay/eco/mycar/parking/config/set: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingConfigSetRequest = { account_no: '…', merchant_logo: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingConfigSetRequest {
  account_no?: string;
  interface_info_list?: InterfaceInfoList[];
  merchant_logo?: string;
  merchant_name?: string;
  merchant_service_phone?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.config.set`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingConfigSetResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingConfigSetResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.config.set` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingConfigSetErrorCode = "MERCHANT_NAME_IS_EMPTY";
 * ```
 */
export type AlipayEcoMycarParkingConfigSetErrorCode = "MERCHANT_NAME_IS_EMPTY" | "MERCHANT_PHONE_IS_EMPTY" | "ACCOUNT_NO_IS_EMPTY" | "INTERFACE_TYPE_IS_EMPTY" | "INTERFACE_TYPE_IS_ILLEGAL" | "INTERFACE_URL_IS_EMPTY" | "INTERFACE_URL_IS_ILLEGAL" | "SERVICE_NAME_IS_EMPTY" | "SERVICE_NAME_IS_ILLEGAL" | "INTERFACE_LIST_IS_EMPTY" | "SYSTEM_ERROR" | "MERCHANT_LOGO_FORMAT_ERROR" | "MERCHANT_LOGO_IS_ILLEGAL" | "MERCHANT_LOGO_UPLOAD_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.eco.mycar.parking.config.set`: POST /v3/alipay/eco/mycar/parking/config/set over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingConfigSet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingConfigSet, { account_no: '…', merchant_logo: '…' });
 * ```
 */
export const alipayEcoMycarParkingConfigSet: ApiDefinition<"alipay.eco.mycar.parking.config.set", AlipayEcoMycarParkingConfigSetRequest, AlipayEcoMycarParkingConfigSetResult, AlipayEcoMycarParkingConfigSetErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.config.set",
  'POST',
  () => ({ account_no: 0, interface_info_list: [InterfaceInfoListShape], merchant_logo: 0, merchant_name: 0, merchant_service_phone: 0 }),
  () => ({}),
);
