// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.qrcode.bind` (POST /v3/alipay/open/mini/qrcode/bind: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniQrcodeBindRequest = { mode: '…', page_redirection: '…' };
 * ```
 */
export interface AlipayOpenMiniQrcodeBindRequest {
  mode?: string;
  page_redirection?: string;
  route_pattern?: string;
  route_url?: string;
}

/**
 * The result of `alipay.open.mini.qrcode.bind`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniQrcodeBindResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniQrcodeBindResult {
  route_group?: string;
}

/**
 * The error codes of `alipay.open.mini.qrcode.bind` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniQrcodeBindErrorCode = "APP_IS_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniQrcodeBindErrorCode = "APP_IS_NOT_EXIST" | "ROUTE_CREATE_NEED_VERSION" | "ROUTE_OVER_LIMIT" | "ROUTE_RULE_CONFLICT" | "HOST_VERIFY_FAILD" | "INVALID_PARAM" | "APPQRCODE_NOT_TINYAPP" | "ONLINE_VERSION_NOT_EXIST" | "TEMPLATE_NOT_HAVE_HOST" | "TEMPLATE_MISMATCH_ISVAPPID" | "BUILDED_NOT_BY_TEMPLATE" | "NOT_CURRENTLY_AVALIALBE" | "ROUTE_RULE_CONFLICT_OTHER" | "QRCODE_ROUTE_URL_INVALID" | "APP_IS_NOT_ONLINE" | "QRCODE_ROUTE_PATTERN_NOT_MATCH" | "QRCODE_ROUTE_PATTERN_NOT_EXIST" | "QRCODE_ROUTE_PATTERN_NOT_PERMISSION" | "SYSTEM_ERROR" | "SECUTIY_SSRF_URL_ILLEGAL" | "SECUTIY_SSRF_URL_FAILD" | "QRCODE_HOST_ROUTE_NUM_LIMIT";

/**
 * `alipay.open.mini.qrcode.bind`: POST /v3/alipay/open/mini/qrcode/bind over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniQrcodeBind } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniQrcodeBind, { mode: '…', page_redirection: '…' });
 * ```
 */
export const alipayOpenMiniQrcodeBind: ApiDefinition<"alipay.open.mini.qrcode.bind", AlipayOpenMiniQrcodeBindRequest, AlipayOpenMiniQrcodeBindResult, AlipayOpenMiniQrcodeBindErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.qrcode.bind",
  'POST',
  () => ({ mode: 0, page_redirection: 0, route_pattern: 0, route_url: 0 }),
  () => ({ route_group: 0 }),
);
