// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type KeyWordInfo, KeyWordInfoShape } from '../models/KeyWordInfo.ts';

/**
 * The request of `alipay.open.search.appkeyword.querystatus` (GET /v3/alipay/open/search/appkeyword/querystatus: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchAppkeywordQuerystatusRequest = { target_appid: "2021001120654127", apply_no: "20220519000000108026" };
 * ```
 */
export interface AlipayOpenSearchAppkeywordQuerystatusRequest {
  /** A query parameter (v3). */
  target_appid?: string;
  /** A query parameter (v3). */
  apply_no?: string;
}

/**
 * The result of `alipay.open.search.appkeyword.querystatus`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchAppkeywordQuerystatusResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchAppkeywordQuerystatusResult {
  key_words?: KeyWordInfo[];
}

/**
 * The error codes of `alipay.open.search.appkeyword.querystatus` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchAppkeywordQuerystatusErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenSearchAppkeywordQuerystatusErrorCode = "NO_PERMISSION" | "APP_NOT_ONLINE" | "MINI_APP_CAN_NOT_SEARCH" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "OPERATE_TOO_FAST" | "SYSTEM_BUSY";

/**
 * `alipay.open.search.appkeyword.querystatus`: GET /v3/alipay/open/search/appkeyword/querystatus over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchAppkeywordQuerystatus } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchAppkeywordQuerystatus, { target_appid: "2021001120654127", apply_no: "20220519000000108026" });
 * ```
 */
export const alipayOpenSearchAppkeywordQuerystatus: ApiDefinition<"alipay.open.search.appkeyword.querystatus", AlipayOpenSearchAppkeywordQuerystatusRequest, AlipayOpenSearchAppkeywordQuerystatusResult, AlipayOpenSearchAppkeywordQuerystatusErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.appkeyword.querystatus",
  { verb: 'GET', query: ["target_appid", "apply_no"] },
  () => ({ target_appid: 0, apply_no: 0 }),
  () => ({ key_words: [KeyWordInfoShape] }),
);
