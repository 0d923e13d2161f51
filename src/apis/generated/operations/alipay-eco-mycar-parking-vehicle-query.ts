// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.vehicle.query` (GET /v3/alipay/eco/mycar/parking/vehicle/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingVehicleQueryRequest = { auth_token: '…', car_id: "201605061278654" };
 * ```
 */
export interface AlipayEcoMycarParkingVehicleQueryRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  /** A query parameter (v3). */
  car_id?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.vehicle.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingVehicleQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoMycarParkingVehicleQueryResult {
  car_number?: string;
}

/**
 * The error codes of `alipay.eco.mycar.parking.vehicle.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingVehicleQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEcoMycarParkingVehicleQueryErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR" | "SYSTEM_ERROR";

/**
 * `alipay.eco.mycar.parking.vehicle.query`: GET /v3/alipay/eco/mycar/parking/vehicle/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingVehicleQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingVehicleQuery, { auth_token: '…', car_id: "201605061278654" });
 * ```
 */
export const alipayEcoMycarParkingVehicleQuery: ApiDefinition<"alipay.eco.mycar.parking.vehicle.query", AlipayEcoMycarParkingVehicleQueryRequest, AlipayEcoMycarParkingVehicleQueryResult, AlipayEcoMycarParkingVehicleQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.vehicle.query",
  { verb: 'GET', query: ["auth_token", "car_id"] },
  () => ({ auth_token: 0, car_id: 0 }),
  () => ({ car_number: 0 }),
);
