// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.mycar.parking.spaceinfo.sync` (POST /v3/alipay/eco/mycar/parking/spaceinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoMycarParkingSpaceinfoSyncRequest = { free_charging_pile: 1, free_parking_space: 1 };
 * ```
 */
export interface AlipayEcoMycarParkingSpaceinfoSyncRequest {
  free_charging_pile?: number;
  free_parking_space?: number;
  parking_id?: string;
  parking_space_status?: string;
}

/**
 * The result of `alipay.eco.mycar.parking.spaceinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoMycarParkingSpaceinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoMycarParkingSpaceinfoSyncResult {
  sync_result?: string;
}

/**
 * The error codes of `alipay.eco.mycar.parking.spaceinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoMycarParkingSpaceinfoSyncErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoMycarParkingSpaceinfoSyncErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "MERCHANT_VERIFY_FAILED" | "EMPTY_PARAMETER" | "PARAMETER_FORMAT_ERR" | "PARKING_ID_EMPTY" | "PARKING_FREE_SPACE_EMPTY";

/**
 * `alipay.eco.mycar.parking.spaceinfo.sync`: POST /v3/alipay/eco/mycar/parking/spaceinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoMycarParkingSpaceinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoMycarParkingSpaceinfoSync, { free_charging_pile: 1, free_parking_space: 1 });
 * ```
 */
export const alipayEcoMycarParkingSpaceinfoSync: ApiDefinition<"alipay.eco.mycar.parking.spaceinfo.sync", AlipayEcoMycarParkingSpaceinfoSyncRequest, AlipayEcoMycarParkingSpaceinfoSyncResult, AlipayEcoMycarParkingSpaceinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.mycar.parking.spaceinfo.sync",
  'POST',
  () => ({ free_charging_pile: 1, free_parking_space: 1, parking_id: 0, parking_space_status: 0 }),
  () => ({ sync_result: 0 }),
);
