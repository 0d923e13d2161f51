// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.safedomain.create` (POST /v3/alipay/open/mini/safedomain/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniSafedomainCreateRequest = { safe_domain: '…' };
 * ```
 */
export interface AlipayOpenMiniSafedomainCreateRequest {
  safe_domain?: string;
}

/**
 * The result of `alipay.open.mini.safedomain.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniSafedomainCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniSafedomainCreateResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.safedomain.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniSafedomainCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniSafedomainCreateErrorCode = "SYSTEM_ERROR" | "SAFE_DOMAIN_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "SAFEDOMAIN_FORBID" | "SAFEDOMAIN_EXCEED_LENGTH" | "SAFEDOMAIN_VOER_LIMIT" | "SAFEDOMAIN_EXSIT" | "ANTI_PHISHING_EXIST" | "INVALID_SAFE_DOMAIN" | "ILLEGAL_PARAMS";

/**
 * `alipay.open.mini.safedomain.create`: POST /v3/alipay/open/mini/safedomain/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniSafedomainCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniSafedomainCreate, { safe_domain: '…' });
 * ```
 */
export const alipayOpenMiniSafedomainCreate: ApiDefinition<"alipay.open.mini.safedomain.create", AlipayOpenMiniSafedomainCreateRequest, AlipayOpenMiniSafedomainCreateResult, AlipayOpenMiniSafedomainCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.safedomain.create",
  'POST',
  () => ({ safe_domain: 0 }),
  () => ({}),
);
