// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.auth.token.app` (POST /v3/alipay/open/auth/token/app: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAuthTokenAppRequest = { code: '…', grant_type: '…' };
 * ```
 */
export interface AlipayOpenAuthTokenAppRequest {
  code?: string;
  grant_type?: string;
  refresh_token?: string;
}

/**
 * The result of `alipay.open.auth.token.app`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAuthTokenAppResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAuthTokenAppResult {
  app_auth_token?: string;
  app_refresh_token?: string;
  auth_app_id?: string;
  expires_in?: string;
  re_expires_in?: string;
  tokens?: AppTokenExchangeSubElement[];
  user_id?: string;
}

/**
 * The error codes of `alipay.open.auth.token.app` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAuthTokenAppErrorCode = "APP_NOT_ISV";
 * ```
 */
export type AlipayOpenAuthTokenAppErrorCode = "APP_NOT_ISV" | "REFRESH_TOKEN_NOT_VALID" | "GRANT_TYPE_INVALID" | "AUTH_CODE_NOT_EXIST" | "APP_ID_NOT_CONSISTENT" | "AUTH_CODE_NOT_VALID" | "AUTH_TOKEN_NOT_FOUND" | "REFRESH_TOKEN_NOT_EXIST" | "REFRESH_TOKEN_TIME_OUT";

/**
 * `AppTokenExchangeSubElement`, a model of Alipay's v3 description (in `alipay.open.auth.token.app`).
 *
 * @example
 * ```ts
 * const value: AppTokenExchangeSubElement = { app_auth_token: '…', app_refresh_token: '…' };
 * ```
 */
export interface AppTokenExchangeSubElement {
  app_auth_token?: string;
  app_refresh_token?: string;
  auth_app_id?: string;
  expires_in?: string;
  re_expires_in?: string;
  user_id?: string;
}
const AppTokenExchangeSubElementShape = (): object => ({ app_auth_token: 0, app_refresh_token: 0, auth_app_id: 0, expires_in: 0, re_expires_in: 0, user_id: 0 });

/**
 * `alipay.open.auth.token.app`: POST /v3/alipay/open/auth/token/app over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAuthTokenApp } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAuthTokenApp, { code: '…', grant_type: '…' });
 * ```
 */
export const alipayOpenAuthTokenApp: ApiDefinition<"alipay.open.auth.token.app", AlipayOpenAuthTokenAppRequest, AlipayOpenAuthTokenAppResult, AlipayOpenAuthTokenAppErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.auth.token.app",
  'POST',
  () => ({ code: 0, grant_type: 0, refresh_token: 0 }),
  () => ({ app_auth_token: 0, app_refresh_token: 0, auth_app_id: 0, expires_in: 0, re_expires_in: 0, tokens: [AppTokenExchangeSubElementShape], user_id: 0 }),
);
