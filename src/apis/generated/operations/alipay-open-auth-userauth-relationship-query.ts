// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.auth.userauth.relationship.query` (GET /v3/alipay/open/auth/userauth/relationship/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAuthUserauthRelationshipQueryRequest = { user_id: "2088123443211234", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayOpenAuthUserauthRelationshipQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  scopes?: string;
}

/**
 * The result of `alipay.open.auth.userauth.relationship.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAuthUserauthRelationshipQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAuthUserauthRelationshipQueryResult {
  query_detail?: string;
}

/**
 * The error codes of `alipay.open.auth.userauth.relationship.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAuthUserauthRelationshipQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenAuthUserauthRelationshipQueryErrorCode = "INVALID_PARAMETER";

/**
 * `alipay.open.auth.userauth.relationship.query`: GET /v3/alipay/open/auth/userauth/relationship/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAuthUserauthRelationshipQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAuthUserauthRelationshipQuery, { user_id: "2088123443211234", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayOpenAuthUserauthRelationshipQuery: ApiDefinition<"alipay.open.auth.userauth.relationship.query", AlipayOpenAuthUserauthRelationshipQueryRequest, AlipayOpenAuthUserauthRelationshipQueryResult, AlipayOpenAuthUserauthRelationshipQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.auth.userauth.relationship.query",
  { verb: 'GET', query: ["user_id", "open_id", "scopes"] },
  () => ({ user_id: 0, open_id: 0, scopes: 0 }),
  () => ({ query_detail: 0 }),
);
