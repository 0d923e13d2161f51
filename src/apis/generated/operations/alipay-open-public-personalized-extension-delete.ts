// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.personalized.extension.delete` (DELETE /v3/alipay/open/public/personalized/extension/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicPersonalizedExtensionDeleteRequest = { extension_key: "10000" };
 * ```
 */
export interface AlipayOpenPublicPersonalizedExtensionDeleteRequest {
  /** A query parameter (v3). */
  extension_key?: string;
}

/**
 * The result of `alipay.open.public.personalized.extension.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicPersonalizedExtensionDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicPersonalizedExtensionDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.personalized.extension.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicPersonalizedExtensionDeleteErrorCode = "EXTENSION_KEY_IS_EMPTY";
 * ```
 */
export type AlipayOpenPublicPersonalizedExtensionDeleteErrorCode = "EXTENSION_KEY_IS_EMPTY" | "EXTENSION_NOT_EXIST" | "EXTENSION_STATUS_INVALID" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.personalized.extension.delete`: DELETE /v3/alipay/open/public/personalized/extension/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicPersonalizedExtensionDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicPersonalizedExtensionDelete, { extension_key: "10000" });
 * ```
 */
export const alipayOpenPublicPersonalizedExtensionDelete: ApiDefinition<"alipay.open.public.personalized.extension.delete", AlipayOpenPublicPersonalizedExtensionDeleteRequest, AlipayOpenPublicPersonalizedExtensionDeleteResult, AlipayOpenPublicPersonalizedExtensionDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.personalized.extension.delete",
  { verb: 'DELETE', query: ["extension_key"] },
  () => ({ extension_key: 0 }),
  () => ({}),
);
