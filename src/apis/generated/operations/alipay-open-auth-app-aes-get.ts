// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.auth.app.aes.get` (GET /v3/alipay/open/auth/app/aes/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAuthAppAesGetRequest = { merchant_app_id: "20191223601234564" };
 * ```
 */
export interface AlipayOpenAuthAppAesGetRequest {
  /** A query parameter (v3). */
  merchant_app_id?: string;
}

/**
 * The result of `alipay.open.auth.app.aes.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAuthAppAesGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAuthAppAesGetResult {
  aes_key?: string;
}

/**
 * The error codes of `alipay.open.auth.app.aes.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAuthAppAesGetErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAuthAppAesGetErrorCode = "INVALID_PARAMETER" | "ACCESS_DENIED";

/**
 * `alipay.open.auth.app.aes.get`: GET /v3/alipay/open/auth/app/aes/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAuthAppAesGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAuthAppAesGet, { merchant_app_id: "20191223601234564" });
 * ```
 */
export const alipayOpenAuthAppAesGet: ApiDefinition<"alipay.open.auth.app.aes.get", AlipayOpenAuthAppAesGetRequest, AlipayOpenAuthAppAesGetResult, AlipayOpenAuthAppAesGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.auth.app.aes.get",
  { verb: 'GET', query: ["merchant_app_id"] },
  () => ({ merchant_app_id: 0 }),
  () => ({ aes_key: 0 }),
);
