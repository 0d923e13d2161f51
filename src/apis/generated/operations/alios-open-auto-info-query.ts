// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alios.open.auto.info.query` (GET /v3/alios/open/auto/info/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AliosOpenAutoInfoQueryRequest = { auth_token: '…', user_id: "33424562" };
 * ```
 */
export interface AliosOpenAutoInfoQueryRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  device_token?: string;
}

/**
 * The result of `alios.open.auto.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AliosOpenAutoInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AliosOpenAutoInfoQueryResult {
  engine_no?: string;
  license_no?: string;
  user_activation_time?: string;
  vehicle_type?: string;
  vin?: string;
}

/**
 * The error codes of `alios.open.auto.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AliosOpenAutoInfoQueryErrorCode = "ISV_VERIFICATION_FAILED";
 * ```
 */
export type AliosOpenAutoInfoQueryErrorCode = "ISV_VERIFICATION_FAILED" | "NOT_FOUND" | "BIZ_ERROR" | "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alios.open.auto.info.query`: GET /v3/alios/open/auto/info/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { aliosOpenAutoInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(aliosOpenAutoInfoQuery, { auth_token: '…', user_id: "33424562" });
 * ```
 */
export const aliosOpenAutoInfoQuery: ApiDefinition<"alios.open.auto.info.query", AliosOpenAutoInfoQueryRequest, AliosOpenAutoInfoQueryResult, AliosOpenAutoInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alios.open.auto.info.query",
  { verb: 'GET', query: ["auth_token", "user_id", "open_id", "device_token"] },
  () => ({ auth_token: 0, user_id: 0, open_id: 0, device_token: 0 }),
  () => ({ engine_no: 0, license_no: 0, user_activation_time: 0, vehicle_type: 0, vin: 0 }),
);
