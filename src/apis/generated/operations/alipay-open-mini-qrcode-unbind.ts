// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.qrcode.unbind` (POST /v3/alipay/open/mini/qrcode/unbind: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniQrcodeUnbindRequest = { route_group: '…', route_url: '…' };
 * ```
 */
export interface AlipayOpenMiniQrcodeUnbindRequest {
  route_group?: string;
  route_url?: string;
}

/**
 * The result of `alipay.open.mini.qrcode.unbind`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniQrcodeUnbindResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniQrcodeUnbindResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.qrcode.unbind` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniQrcodeUnbindErrorCode = "INVALID_PARAM";
 * ```
 */
export type AlipayOpenMiniQrcodeUnbindErrorCode = "INVALID_PARAM" | "TINY_APP_NOT_EXIST" | "ROUTE_GROUP_NOT_EXIST" | "NO_PERMISSION" | "SYSTEM_ERROR";

/**
 * `alipay.open.mini.qrcode.unbind`: POST /v3/alipay/open/mini/qrcode/unbind over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniQrcodeUnbind } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniQrcodeUnbind, { route_group: '…', route_url: '…' });
 * ```
 */
export const alipayOpenMiniQrcodeUnbind: ApiDefinition<"alipay.open.mini.qrcode.unbind", AlipayOpenMiniQrcodeUnbindRequest, AlipayOpenMiniQrcodeUnbindResult, AlipayOpenMiniQrcodeUnbindErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.qrcode.unbind",
  'POST',
  () => ({ route_group: 0, route_url: 0 }),
  () => ({}),
);
