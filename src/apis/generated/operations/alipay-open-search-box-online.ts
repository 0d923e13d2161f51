// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.box.online` (POST /v3/alipay/open/search/box/online: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxOnlineRequest = { box_id: '…', merchant_id: '…' };
 * ```
 */
export interface AlipayOpenSearchBoxOnlineRequest {
  box_id?: string;
  merchant_id?: string;
}

/**
 * The result of `alipay.open.search.box.online`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxOnlineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenSearchBoxOnlineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.search.box.online` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxOnlineErrorCode = "INPUT_ARGUMENT_ILLEGAL";
 * ```
 */
export type AlipayOpenSearchBoxOnlineErrorCode = "INPUT_ARGUMENT_ILLEGAL" | "INPUT_ARGUMENT_NULL" | "ISV_NOT_AUTH" | "NO_PERMISSION" | "RELATED_ACCOUNT_NO_TINY_APP" | "SYSTEM_ERROR" | "STATUS_NOT_ALLOWED_OPERATE" | "BRAND_HAS_CONFIG_SEARCH_BOX" | "APP_HAS_CONFIG_SEARCH_BOX" | "SEARCH_BOX_ACCESS_CHECK_FAIL";

/**
 * `alipay.open.search.box.online`: POST /v3/alipay/open/search/box/online over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxOnline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxOnline, { box_id: '…', merchant_id: '…' });
 * ```
 */
export const alipayOpenSearchBoxOnline: ApiDefinition<"alipay.open.search.box.online", AlipayOpenSearchBoxOnlineRequest, AlipayOpenSearchBoxOnlineResult, AlipayOpenSearchBoxOnlineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.box.online",
  'POST',
  () => ({ box_id: 0, merchant_id: 0 }),
  () => ({}),
);
