// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.appkeyword.delete` (POST /v3/alipay/open/search/appkeyword/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchAppkeywordDeleteRequest = { config_id: '…', target_appid: '…' };
 * ```
 */
export interface AlipayOpenSearchAppkeywordDeleteRequest {
  config_id?: string;
  key_words?: string[];
  target_appid?: string;
}

/**
 * The result of `alipay.open.search.appkeyword.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchAppkeywordDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenSearchAppkeywordDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.search.appkeyword.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchAppkeywordDeleteErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenSearchAppkeywordDeleteErrorCode = "NO_PERMISSION" | "APP_NOT_ONLINE" | "MINI_APP_CAN_NOT_SEARCH" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "INVALID_STATUS" | "SYSTEM_BUSY";

/**
 * `alipay.open.search.appkeyword.delete`: POST /v3/alipay/open/search/appkeyword/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchAppkeywordDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchAppkeywordDelete, { config_id: '…', target_appid: '…' });
 * ```
 */
export const alipayOpenSearchAppkeywordDelete: ApiDefinition<"alipay.open.search.appkeyword.delete", AlipayOpenSearchAppkeywordDeleteRequest, AlipayOpenSearchAppkeywordDeleteResult, AlipayOpenSearchAppkeywordDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.appkeyword.delete",
  'POST',
  () => ({ config_id: 0, key_words: [0], target_appid: 0 }),
  () => ({}),
);
