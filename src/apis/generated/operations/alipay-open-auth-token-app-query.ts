// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.auth.token.app.query` (GET /v3/alipay/open/auth/token/app/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAuthTokenAppQueryRequest = { app_auth_token: "201509BBeff9351ad1874306903e96b91d248A36" };
 * ```
 */
export interface AlipayOpenAuthTokenAppQueryRequest {
  /** A query parameter (v3). */
  app_auth_token?: string;
}

/**
 * The result of `alipay.open.auth.token.app.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAuthTokenAppQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAuthTokenAppQueryResult {
  auth_app_id?: string;
  auth_end?: string;
  auth_methods?: string[];
  auth_start?: string;
  expires_in?: number;
  is_by_app_auth?: boolean;
  status?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.open.auth.token.app.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAuthTokenAppQueryErrorCode = "ILLEGAL_PARAM";
 * ```
 */
export type AlipayOpenAuthTokenAppQueryErrorCode = "ILLEGAL_PARAM" | "APP_NOT_ISV" | "AUTH_TOKEN_NOT_EXISTED" | "SYSTEM_ERROR" | "AUTH_TOKEN_NOT_CONSISTENT";

/**
 * `alipay.open.auth.token.app.query`: GET /v3/alipay/open/auth/token/app/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAuthTokenAppQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAuthTokenAppQuery, { app_auth_token: "201509BBeff9351ad1874306903e96b91d248A36" });
 * ```
 */
export const alipayOpenAuthTokenAppQuery: ApiDefinition<"alipay.open.auth.token.app.query", AlipayOpenAuthTokenAppQueryRequest, AlipayOpenAuthTokenAppQueryResult, AlipayOpenAuthTokenAppQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.auth.token.app.query",
  { verb: 'GET', query: ["app_auth_token"] },
  () => ({ app_auth_token: 0 }),
  () => ({ auth_app_id: 0, auth_end: 0, auth_methods: [0], auth_start: 0, expires_in: 1, is_by_app_auth: 2, status: 0, user_id: 0 }),
);
