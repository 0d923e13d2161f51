// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.baseinfo.name.check` (GET /v3/alipay/open/mini/baseinfo/name/check: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniBaseinfoNameCheckRequest = { app_name: "吱声小铺" };
 * ```
 */
export interface AlipayOpenMiniBaseinfoNameCheckRequest {
  /** A query parameter (v3). */
  app_name?: string;
}

/**
 * The result of `alipay.open.mini.baseinfo.name.check`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniBaseinfoNameCheckResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniBaseinfoNameCheckResult {
  check_code?: string;
  check_memo?: string;
}

/**
 * The error codes of `alipay.open.mini.baseinfo.name.check` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniBaseinfoNameCheckErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenMiniBaseinfoNameCheckErrorCode = "INVALID_PARAMETER" | "SYSTEM_LIMIT" | "SYSTEM_ERROR";

/**
 * `alipay.open.mini.baseinfo.name.check`: GET /v3/alipay/open/mini/baseinfo/name/check over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniBaseinfoNameCheck } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniBaseinfoNameCheck, { app_name: "吱声小铺" });
 * ```
 */
export const alipayOpenMiniBaseinfoNameCheck: ApiDefinition<"alipay.open.mini.baseinfo.name.check", AlipayOpenMiniBaseinfoNameCheckRequest, AlipayOpenMiniBaseinfoNameCheckResult, AlipayOpenMiniBaseinfoNameCheckErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.baseinfo.name.check",
  { verb: 'GET', query: ["app_name"] },
  () => ({ app_name: 0 }),
  () => ({ check_code: 0, check_memo: 0 }),
);
