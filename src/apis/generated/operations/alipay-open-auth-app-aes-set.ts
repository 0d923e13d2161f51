// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.auth.app.aes.set` (POST /v3/alipay/open/auth/app/aes/set: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAuthAppAesSetRequest = { merchant_app_id: '…' };
 * ```
 */
export interface AlipayOpenAuthAppAesSetRequest {
  merchant_app_id?: string;
}

/**
 * The result of `alipay.open.auth.app.aes.set`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAuthAppAesSetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAuthAppAesSetResult {
  aes_key?: string;
}

/**
 * The error codes of `alipay.open.auth.app.aes.set` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAuthAppAesSetErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAuthAppAesSetErrorCode = "INVALID_PARAMETER" | "ACCESS_DENIED";

/**
 * `alipay.open.auth.app.aes.set`: POST /v3/alipay/open/auth/app/aes/set over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAuthAppAesSet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAuthAppAesSet, { merchant_app_id: '…' });
 * ```
 */
export const alipayOpenAuthAppAesSet: ApiDefinition<"alipay.open.auth.app.aes.set", AlipayOpenAuthAppAesSetRequest, AlipayOpenAuthAppAesSetResult, AlipayOpenAuthAppAesSetErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.auth.app.aes.set",
  'POST',
  () => ({ merchant_app_id: 0 }),
  () => ({ aes_key: 0 }),
);
