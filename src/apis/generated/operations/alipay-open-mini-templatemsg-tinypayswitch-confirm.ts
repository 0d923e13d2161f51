// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.templatemsg.tinypayswitch.confirm` (POST /v3/alipay/open/mini/templatemsg/tinypayswitch/confirm: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTemplatemsgTinypayswitchConfirmRequest = {};
 * ```
 */
export type AlipayOpenMiniTemplatemsgTinypayswitchConfirmRequest = Record<string, never>;

/**
 * The result of `alipay.open.mini.templatemsg.tinypayswitch.confirm`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTemplatemsgTinypayswitchConfirmResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniTemplatemsgTinypayswitchConfirmResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.templatemsg.tinypayswitch.confirm` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTemplatemsgTinypayswitchConfirmErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniTemplatemsgTinypayswitchConfirmErrorCode = "SYSTEM_ERROR" | "APPINFO_NOT_EXIST" | "BIZ_CONTENT_IS_NULL";

/**
 * `alipay.open.mini.templatemsg.tinypayswitch.confirm`: POST /v3/alipay/open/mini/templatemsg/tinypayswitch/confirm over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTemplatemsgTinypayswitchConfirm } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTemplatemsgTinypayswitchConfirm, {});
 * ```
 */
export const alipayOpenMiniTemplatemsgTinypayswitchConfirm: ApiDefinition<"alipay.open.mini.templatemsg.tinypayswitch.confirm", AlipayOpenMiniTemplatemsgTinypayswitchConfirmRequest, AlipayOpenMiniTemplatemsgTinypayswitchConfirmResult, AlipayOpenMiniTemplatemsgTinypayswitchConfirmErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.templatemsg.tinypayswitch.confirm",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({}),
);
