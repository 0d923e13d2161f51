// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.subservicekeyword.delete` (POST /v3/alipay/open/search/subservicekeyword/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchSubservicekeywordDeleteRequest = { config_id: '…', target_appid: '…' };
 * ```
 */
export interface AlipayOpenSearchSubservicekeywordDeleteRequest {
  config_id?: string;
  target_appid?: string;
}

/**
 * The result of `alipay.open.search.subservicekeyword.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchSubservicekeywordDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenSearchSubservicekeywordDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.search.subservicekeyword.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchSubservicekeywordDeleteErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenSearchSubservicekeywordDeleteErrorCode = "NO_PERMISSION" | "APP_NOT_ONLINE" | "MINI_APP_CAN_NOT_SEARCH" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "OPERATE_TOO_FAST" | "INVALID_STATUS" | "SYSTEM_BUSY";

/**
 * `alipay.open.search.subservicekeyword.delete`: POST /v3/alipay/open/search/subservicekeyword/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchSubservicekeywordDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchSubservicekeywordDelete, { config_id: '…', target_appid: '…' });
 * ```
 */
export const alipayOpenSearchSubservicekeywordDelete: ApiDefinition<"alipay.open.search.subservicekeyword.delete", AlipayOpenSearchSubservicekeywordDeleteRequest, AlipayOpenSearchSubservicekeywordDeleteResult, AlipayOpenSearchSubservicekeywordDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.subservicekeyword.delete",
  'POST',
  () => ({ config_id: 0, target_appid: 0 }),
  () => ({}),
);
