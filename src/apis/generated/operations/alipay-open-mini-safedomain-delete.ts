// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.safedomain.delete` (DELETE /v3/alipay/open/mini/safedomain/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniSafedomainDeleteRequest = { safe_domain: "example.com" };
 * ```
 */
export interface AlipayOpenMiniSafedomainDeleteRequest {
  /** A query parameter (v3). */
  safe_domain?: string;
}

/**
 * The result of `alipay.open.mini.safedomain.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniSafedomainDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniSafedomainDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.safedomain.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniSafedomainDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniSafedomainDeleteErrorCode = "SYSTEM_ERROR" | "APPLICATION_TYPE_NOT_MINIAPP" | "SAFE_DOMAIN_IS_BLANK";

/**
 * `alipay.open.mini.safedomain.delete`: DELETE /v3/alipay/open/mini/safedomain/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniSafedomainDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniSafedomainDelete, { safe_domain: "example.com" });
 * ```
 */
export const alipayOpenMiniSafedomainDelete: ApiDefinition<"alipay.open.mini.safedomain.delete", AlipayOpenMiniSafedomainDeleteRequest, AlipayOpenMiniSafedomainDeleteResult, AlipayOpenMiniSafedomainDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.safedomain.delete",
  { verb: 'DELETE', query: ["safe_domain"] },
  () => ({ safe_domain: 0 }),
  () => ({}),
);
