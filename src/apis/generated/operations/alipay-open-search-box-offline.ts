// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.box.offline` (POST /v3/alipay/open/search/box/offline: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxOfflineRequest = { box_id: '…', merchant_id: '…' };
 * ```
 */
export interface AlipayOpenSearchBoxOfflineRequest {
  box_id?: string;
  merchant_id?: string;
}

/**
 * The result of `alipay.open.search.box.offline`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxOfflineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenSearchBoxOfflineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.search.box.offline` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxOfflineErrorCode = "INPUT_ARGUMENT_ILLEGAL";
 * ```
 */
export type AlipayOpenSearchBoxOfflineErrorCode = "INPUT_ARGUMENT_ILLEGAL" | "INPUT_ARGUMENT_NULL" | "ISV_NOT_AUTH" | "NO_PERMISSION" | "RELATED_ACCOUNT_NO_TINY_APP" | "SYSTEM_ERROR" | "STATUS_NOT_ALLOWED_OPERATE";

/**
 * `alipay.open.search.box.offline`: POST /v3/alipay/open/search/box/offline over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxOffline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxOffline, { box_id: '…', merchant_id: '…' });
 * ```
 */
export const alipayOpenSearchBoxOffline: ApiDefinition<"alipay.open.search.box.offline", AlipayOpenSearchBoxOfflineRequest, AlipayOpenSearchBoxOfflineResult, AlipayOpenSearchBoxOfflineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.box.offline",
  'POST',
  () => ({ box_id: 0, merchant_id: 0 }),
  () => ({}),
);
