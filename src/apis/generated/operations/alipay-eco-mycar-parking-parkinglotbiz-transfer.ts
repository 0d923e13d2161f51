// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type BusinessItem, BusinessItemShape } from '../models/BusinessItem.ts';

/**
 * The request of `alipay.eco.mycar.parking.parkinglotbiz.transfer` (POST /v3/alipay/eco/mycar/parking/parkinglotbiz/transfer: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingParkinglotbizTransferRequest = { parking_id: '…' };
 * ```
 */
export interface AlipayEcoMycarParkingParkinglotbizTransferRequest {
  business_isv?: BusinessItem[];
  parking_id?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.parkinglotbiz.transfer`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingParkinglotbizTransferResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayEcoMycarParkingParkinglotbizTransferResult = Record<string, never>;

/**
 * The error codes of `alipay.eco.mycar.parking.parkinglotbiz.transfer` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingParkinglotbizTransferErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEcoMycarParkingParkinglotbizTransferErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NOT_PARKING" | "NOT_PARKING_PERMISSIONS" | "ONLINET_ACCOUNT_BAD_NOT_APPS" | "AGREEMENT_ACCOUNT_BAD_NOT_APPS" | "AGREEMENT_ACCOUNT_BAD_NOT_SIGN";

/**
 * `alipay.eco.mycar.parking.parkinglotbiz.transfer`: POST /v3/alipay/eco/mycar/parking/parkinglotbiz/transfer over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingParkinglotbizTransfer } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingParkinglotbizTransfer, { parking_id: '…' });
 * ```
 */
export const alipayEcoMycarParkingParkinglotbizTransfer: ApiDefinition<"alipay.eco.mycar.parking.parkinglotbiz.transfer", AlipayEcoMycarParkingParkinglotbizTransferRequest, AlipayEcoMycarParkingParkinglotbizTransferResult, AlipayEcoMycarParkingParkinglotbizTransferErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.parkinglotbiz.transfer",
  'POST',
  () => ({ business_isv: [BusinessItemShape], parking_id: 0 }),
  () => ({}),
);
