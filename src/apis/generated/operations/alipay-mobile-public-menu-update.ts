// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.menu.update` (POST /v3/alipay/mobile/public/menu/update: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicMenuUpdateRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobilePublicMenuUpdateRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.menu.update`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicMenuUpdateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicMenuUpdateResult {
  code?: string;
  msg?: string;
}

/**
 * The error codes of `alipay.mobile.public.menu.update` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicMenuUpdateErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicMenuUpdateErrorCode = never;

/**
 * `alipay.mobile.public.menu.update`: POST /v3/alipay/mobile/public/menu/update over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicMenuUpdate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicMenuUpdate, { biz_content: '…' });
 * ```
 */
export const alipayMobilePublicMenuUpdate: ApiDefinition<"alipay.mobile.public.menu.update", AlipayMobilePublicMenuUpdateRequest, AlipayMobilePublicMenuUpdateResult, AlipayMobilePublicMenuUpdateErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.menu.update",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ code: 0, msg: 0 }),
);
