// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type InterfaceInfoList, InterfaceInfoListShape } from '../models/InterfaceInfoList.ts';

/**
 * The request of `alipay.eco.mycar.parking.config.query` (GET /v3/alipay/eco/mycar/parking/config/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingConfigQueryRequest = { interface_name: "alipay.eco.mycar.parking.userpage.query", interface_type: "interface_page" };
 * ```
 */
export interface AlipayEcoMycarParkingConfigQueryRequest {
  /** A query parameter (v3). */
  interface_name?: string;
  /** A query parameter (v3). */
  interface_type?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.config.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingConfigQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoMycarParkingConfigQueryResult {
  account_no?: string;
  interface_info_list?: InterfaceInfoList;
  merchant_logo?: string;
  merchant_name?: string;
  merchant_service_phone?: string;
}

/**
 * The error codes of `alipay.eco.mycar.parking.config.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingConfigQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingConfigQueryErrorCode = "SYSTEM_ERROR" | "INTERFACE_TYPE_IS_ILLEGAL" | "MERCHANT_INFO_IS_EMPTY" | "INTERFACE_INFO_IS_EMPTY" | "SERVICE_NAME_IS_ILLEGAL";

/**
 * `alipay.eco.mycar.parking.config.query`: GET /v3/alipay/eco/mycar/parking/config/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingConfigQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingConfigQuery, { interface_name: "alipay.eco.mycar.parking.userpage.query", interface_type: "interface_page" });
 * ```
 */
export const alipayEcoMycarParkingConfigQuery: ApiDefinition<"alipay.eco.mycar.parking.config.query", AlipayEcoMycarParkingConfigQueryRequest, AlipayEcoMycarParkingConfigQueryResult, AlipayEcoMycarParkingConfigQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.config.query",
  { verb: 'GET', query: ["interface_name", "interface_type"] },
  () => ({ interface_name: 0, interface_type: 0 }),
  () => ({ account_no: 0, interface_info_list: InterfaceInfoListShape, merchant_logo: 0, merchant_name: 0, merchant_service_phone: 0 }),
);
