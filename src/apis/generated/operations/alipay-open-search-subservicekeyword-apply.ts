// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.subservicekeyword.apply` (POST /v3/alipay/open/search/subservicekeyword/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchSubservicekeywordApplyRequest = { config_id: '…', sub_service_code: '…' };
 * ```
 */
export interface AlipayOpenSearchSubservicekeywordApplyRequest {
  config_id?: string;
  key_words?: string[];
  sub_service_code?: string;
  target_appid?: string;
}

/**
 * The result of `alipay.open.search.subservicekeyword.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchSubservicekeywordApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchSubservicekeywordApplyResult {
  apply_no?: string;
}

/**
 * The error codes of `alipay.open.search.subservicekeyword.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchSubservicekeywordApplyErrorCode = "APP_NOT_ONLINE";
 * ```
 */
export type AlipayOpenSearchSubservicekeywordApplyErrorCode = "APP_NOT_ONLINE" | "APP_NOT_SEARCH_VISIBLE" | "INVALID_PARAMETER" | "KEYWORDS_EXCEED_MAX_LIMIT" | "SYSTEM_ERROR" | "APP_NOT_EXSIT" | "INVALID_STATUS" | "SUB_SERVICE_CAN_NOT_SEARCH" | "NO_PERMISSION";

/**
 * `alipay.open.search.subservicekeyword.apply`: POST /v3/alipay/open/search/subservicekeyword/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchSubservicekeywordApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchSubservicekeywordApply, { config_id: '…', sub_service_code: '…' });
 * ```
 */
export const alipayOpenSearchSubservicekeywordApply: ApiDefinition<"alipay.open.search.subservicekeyword.apply", AlipayOpenSearchSubservicekeywordApplyRequest, AlipayOpenSearchSubservicekeywordApplyResult, AlipayOpenSearchSubservicekeywordApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.subservicekeyword.apply",
  'POST',
  () => ({ config_id: 0, key_words: [0], sub_service_code: 0, target_appid: 0 }),
  () => ({ apply_no: 0 }),
);
