// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.system.oauth.token` (POST /v3/alipay/system/oauth/token: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipaySystemOauthTokenRequest = { code: '…', grant_type: '…' };
 * ```
 */
export interface AlipaySystemOauthTokenRequest {
  code?: string;
  grant_type?: string;
  refresh_token?: string;
}

/**
 * The result of `alipay.system.oauth.token`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipaySystemOauthTokenResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipaySystemOauthTokenResult {
  access_token?: string;
  alipay_user_id?: string;
  auth_start?: string;
  auth_token_type?: string;
  expires_in?: string;
  open_id?: string;
  re_expires_in?: string;
  refresh_token?: string;
  union_id?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.system.oauth.token` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipaySystemOauthTokenErrorCode = "isv.grant-type-invalid";
 * ```
 */
export type AlipaySystemOauthTokenErrorCode = "isv.grant-type-invalid" | "isv.code-invalid" | "isv.refresh-token-invalid" | "isv.refresh-token-time-out" | "isv.refreshed-token-invalid" | "isv.unmatched-app-id" | "isp.unknow-error";

/**
 * `alipay.system.oauth.token`: POST /v3/alipay/system/oauth/token over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipaySystemOauthToken } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipaySystemOauthToken, { code: '…', grant_type: '…' });
 * ```
 */
export const alipaySystemOauthToken: ApiDefinition<"alipay.system.oauth.token", AlipaySystemOauthTokenRequest, AlipaySystemOauthTokenResult, AlipaySystemOauthTokenErrorCode> = /* @__PURE__ */ operation(
  "alipay.system.oauth.token",
  'POST',
  () => ({ code: 0, grant_type: 0, refresh_token: 0 }),
  () => ({ access_token: 0, alipay_user_id: 0, auth_start: 0, auth_token_type: 0, expires_in: 0, open_id: 0, re_expires_in: 0, refresh_token: 0, union_id: 0, user_id: 0 }),
);
