// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.menu.get` (GET /v3/alipay/mobile/public/menu/get: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicMenuGetRequest = {};
 * ```
 */
export type AlipayMobilePublicMenuGetRequest = Record<string, never>;

/**
 * The result of `alipay.mobile.public.menu.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicMenuGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicMenuGetResult {
  code?: string;
  menu_content?: string;
  msg?: string;
}

/**
 * The error codes of `alipay.mobile.public.menu.get` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicMenuGetErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicMenuGetErrorCode = never;

/**
 * `alipay.mobile.public.menu.get`: GET /v3/alipay/mobile/public/menu/get over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicMenuGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicMenuGet, {});
 * ```
 */
export const alipayMobilePublicMenuGet: ApiDefinition<"alipay.mobile.public.menu.get", AlipayMobilePublicMenuGetRequest, AlipayMobilePublicMenuGetResult, AlipayMobilePublicMenuGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.menu.get",
  'GET',
  () => ({}),
  () => ({ code: 0, menu_content: 0, msg: 0 }),
);
