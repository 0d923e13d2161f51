// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.personalized.menu.delete` (DELETE /v3/alipay/open/public/personalized/menu/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicPersonalizedMenuDeleteRequest = { menu_key: "100000" };
 * ```
 */
export interface AlipayOpenPublicPersonalizedMenuDeleteRequest {
  /** A query parameter (v3). */
  menu_key?: string;
}

/**
 * The result of `alipay.open.public.personalized.menu.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicPersonalizedMenuDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicPersonalizedMenuDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.personalized.menu.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicPersonalizedMenuDeleteErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicPersonalizedMenuDeleteErrorCode = "ILLEGAL_BIZ_PARAMS" | "MENU_KEY_IS_EMPTY" | "MENU_NOT_EXIST" | "SYSTEM_ERROR" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.personalized.menu.delete`: DELETE /v3/alipay/open/public/personalized/menu/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicPersonalizedMenuDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicPersonalizedMenuDelete, { menu_key: "100000" });
 * ```
 */
export const alipayOpenPublicPersonalizedMenuDelete: ApiDefinition<"alipay.open.public.personalized.menu.delete", AlipayOpenPublicPersonalizedMenuDeleteRequest, AlipayOpenPublicPersonalizedMenuDeleteResult, AlipayOpenPublicPersonalizedMenuDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.personalized.menu.delete",
  { verb: 'DELETE', query: ["menu_key"] },
  () => ({ menu_key: 0 }),
  () => ({}),
);
