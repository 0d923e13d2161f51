// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.customer.jobworth.authentication.query` (GET /v3/zhima/customer/jobworth/authentication: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaCustomerJobworthAuthenticationQueryRequest = { conn_key: "uuid", once_token: "uuid" };
 * ```
 */
export interface ZhimaCustomerJobworthAuthenticationQueryRequest {
  /** A query parameter (v3). */
  conn_key?: string;
  /** A query parameter (v3). */
  once_token?: string;
  /** A query parameter (v3). */
  query_type?: string;
  /** A query parameter (v3). */
  identity_type?: string;
  /** A query parameter (v3). */
  service_id?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  cert_no?: string;
  /** A query parameter (v3). */
  cert_type?: string;
}

/**
 * The result of `zhima.customer.jobworth.authentication.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCustomerJobworthAuthenticationQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCustomerJobworthAuthenticationQueryResult {
  identity_result?: string;
  identity_result_skip_url?: string;
  open_id?: string;
  token_status?: string;
  user_id?: string;
}

/**
 * The error codes of `zhima.customer.jobworth.authentication.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCustomerJobworthAuthenticationQueryErrorCode = "USER_NOT_AUTHORIZE";
 * ```
 */
export type ZhimaCustomerJobworthAuthenticationQueryErrorCode = "USER_NOT_AUTHORIZE" | "TOKEN_INVALID" | "NOT_OPEN_ZM" | "USER_NOT_OPEN_JOBWORTH" | "INVALID_PARAMETER" | "JOB_WORTH_BLACK_LIST" | "SYSTEM_ERROR" | "MERCHANT_INTERCEPT" | "RISK_INTERCEPT" | "OPEN_ZM_ACCOUNT_INTERCEPT" | "CARD_NO_NOT_MATCH" | "MOBILE_NO_NOT_MATCH" | "USER_NAME_NOT_MATCH" | "WRONG_OUT_AGREEMENT_NO_INTERCEPT" | "TOKEN_NOT_MATCH_IDENTITY_TYPE" | "PARAM_ERROR";

/**
 * `zhima.customer.jobworth.authentication.query`: GET /v3/zhima/customer/jobworth/authentication over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCustomerJobworthAuthenticationQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCustomerJobworthAuthenticationQuery, { conn_key: "uuid", once_token: "uuid" });
 * ```
 */
export const zhimaCustomerJobworthAuthenticationQuery: ApiDefinition<"zhima.customer.jobworth.authentication.query", ZhimaCustomerJobworthAuthenticationQueryRequest, ZhimaCustomerJobworthAuthenticationQueryResult, ZhimaCustomerJobworthAuthenticationQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.customer.jobworth.authentication.query",
  { verb: 'GET', path: "/v3/zhima/customer/jobworth/authentication", query: ["conn_key", "once_token", "query_type", "identity_type", "service_id", "user_id", "open_id", "cert_no", "cert_type"] },
  () => ({ conn_key: 0, once_token: 0, query_type: 0, identity_type: 0, service_id: 0, user_id: 0, open_id: 0, cert_no: 0, cert_type: 0 }),
  () => ({ identity_result: 0, identity_result_skip_url: 0, open_id: 0, token_status: 0, user_id: 0 }),
);
