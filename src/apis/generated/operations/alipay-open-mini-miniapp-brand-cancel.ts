// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.miniapp.brand.cancel` (POST /v3/alipay/open/mini/miniapp/brand/cancel: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniMiniappBrandCancelRequest = {};
 * ```
 */
export type AlipayOpenMiniMiniappBrandCancelRequest = Record<string, never>;

/**
 * The result of `alipay.open.mini.miniapp.brand.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniMiniappBrandCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniMiniappBrandCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.miniapp.brand.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniMiniappBrandCancelErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniMiniappBrandCancelErrorCode = "SYSTEM_ERROR";

/**
 * `alipay.open.mini.miniapp.brand.cancel`: POST /v3/alipay/open/mini/miniapp/brand/cancel over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniMiniappBrandCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniMiniappBrandCancel, {});
 * ```
 */
export const alipayOpenMiniMiniappBrandCancel: ApiDefinition<"alipay.open.mini.miniapp.brand.cancel", AlipayOpenMiniMiniappBrandCancelRequest, AlipayOpenMiniMiniappBrandCancelResult, AlipayOpenMiniMiniappBrandCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.miniapp.brand.cancel",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({}),
);
