// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.appkeyword.apply` (POST /v3/alipay/open/search/appkeyword/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchAppkeywordApplyRequest = { config_id: '…', target_appid: '…' };
 * ```
 */
export interface AlipayOpenSearchAppkeywordApplyRequest {
  config_id?: string;
  key_words?: string[];
  target_appid?: string;
}

/**
 * The result of `alipay.open.search.appkeyword.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchAppkeywordApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchAppkeywordApplyResult {
  apply_no?: string;
}

/**
 * The error codes of `alipay.open.search.appkeyword.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchAppkeywordApplyErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenSearchAppkeywordApplyErrorCode = "NO_PERMISSION" | "APP_NOT_ONLINE" | "MINI_APP_CAN_NOT_SEARCH" | "KEYWORDS_EXCEED_MAX_LIMIT" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "OPERATE_TOO_FAST" | "SYSTEM_BUSY";

/**
 * `alipay.open.search.appkeyword.apply`: POST /v3/alipay/open/search/appkeyword/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchAppkeywordApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchAppkeywordApply, { config_id: '…', target_appid: '…' });
 * ```
 */
export const alipayOpenSearchAppkeywordApply: ApiDefinition<"alipay.open.search.appkeyword.apply", AlipayOpenSearchAppkeywordApplyRequest, AlipayOpenSearchAppkeywordApplyResult, AlipayOpenSearchAppkeywordApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.appkeyword.apply",
  'POST',
  () => ({ config_id: 0, key_words: [0], target_appid: 0 }),
  () => ({ apply_no: 0 }),
);
