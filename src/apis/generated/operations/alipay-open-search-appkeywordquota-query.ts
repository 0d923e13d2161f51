// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.appkeywordquota.query` (GET /v3/alipay/open/search/appkeywordquota/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchAppkeywordquotaQueryRequest = { target_appid: "2021001120654127" };
 * ```
 */
export interface AlipayOpenSearchAppkeywordquotaQueryRequest {
  /** A query parameter (v3). */
  target_appid?: string;
}

/**
 * The result of `alipay.open.search.appkeywordquota.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchAppkeywordquotaQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchAppkeywordquotaQueryResult {
  quota_num?: string;
}

/**
 * The error codes of `alipay.open.search.appkeywordquota.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchAppkeywordquotaQueryErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenSearchAppkeywordquotaQueryErrorCode = "NO_PERMISSION" | "APP_NOT_ONLINE" | "MINI_APP_CAN_NOT_SEARCH" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "OPERATE_TOO_FAST" | "SYSTEM_BUSY";

/**
 * `alipay.open.search.appkeywordquota.query`: GET /v3/alipay/open/search/appkeywordquota/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchAppkeywordquotaQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchAppkeywordquotaQuery, { target_appid: "2021001120654127" });
 * ```
 */
export const alipayOpenSearchAppkeywordquotaQuery: ApiDefinition<"alipay.open.search.appkeywordquota.query", AlipayOpenSearchAppkeywordquotaQueryRequest, AlipayOpenSearchAppkeywordquotaQueryResult, AlipayOpenSearchAppkeywordquotaQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.appkeywordquota.query",
  { verb: 'GET', query: ["target_appid"] },
  () => ({ target_appid: 0 }),
  () => ({ quota_num: 0 }),
);
