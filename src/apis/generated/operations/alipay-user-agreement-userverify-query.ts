// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.agreement.userverify.query` (GET /v3/alipay/user/agreement/userverify/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementUserverifyQueryRequest = { agreement_no: "20170502000610755993", apply_token: "MDEDUCT0068292ca377d1d44b65fa24ec9cd89132f" };
 * ```
 */
export interface AlipayUserAgreementUserverifyQueryRequest {
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  apply_token?: string;
}

/**
 * The result of `alipay.user.agreement.userverify.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementUserverifyQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAgreementUserverifyQueryResult {
  user_match?: boolean;
}

/**
 * The error codes of `alipay.user.agreement.userverify.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementUserverifyQueryErrorCode = "USER_AGREEMENT_NOT_EXIST";
 * ```
 */
export type AlipayUserAgreementUserverifyQueryErrorCode = "USER_AGREEMENT_NOT_EXIST" | "AGREEMENT_NO_IS_INVALID" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "AGREEMENT_NO_IS_NOT_MATCH" | "APPLY_TOKEN_NOT_EXIST" | "AUTHOREE_IS_NOT_MATCH";

/**
 * `alipay.user.agreement.userverify.query`: GET /v3/alipay/user/agreement/userverify/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementUserverifyQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementUserverifyQuery, { agreement_no: "20170502000610755993", apply_token: "MDEDUCT0068292ca377d1d44b65fa24ec9cd89132f" });
 * ```
 */
export const alipayUserAgreementUserverifyQuery: ApiDefinition<"alipay.user.agreement.userverify.query", AlipayUserAgreementUserverifyQueryRequest, AlipayUserAgreementUserverifyQueryResult, AlipayUserAgreementUserverifyQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.userverify.query",
  { verb: 'GET', query: ["agreement_no", "apply_token"] },
  () => ({ agreement_no: 0, apply_token: 0 }),
  () => ({ user_match: 2 }),
);
