// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.menu.add` (POST /v3/alipay/mobile/public/menu/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicMenuAddRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobilePublicMenuAddRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.menu.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicMenuAddResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicMenuAddResult {
  code?: string;
  msg?: string;
}

/**
 * The error codes of `alipay.mobile.public.menu.add` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicMenuAddErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicMenuAddErrorCode = never;

/**
 * `alipay.mobile.public.menu.add`: POST /v3/alipay/mobile/public/menu/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicMenuAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicMenuAdd, { biz_content: '…' });
 * ```
 */
export const alipayMobilePublicMenuAdd: ApiDefinition<"alipay.mobile.public.menu.add", AlipayMobilePublicMenuAddRequest, AlipayMobilePublicMenuAddResult, AlipayMobilePublicMenuAddErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.menu.add",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ code: 0, msg: 0 }),
);
