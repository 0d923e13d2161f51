// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.certdoc.certverify.consult` (GET /v3/alipay/user/certdoc/certverify/consult: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayUserCertdocCertverifyConsultRequest = { auth_token: '…', verify_id: "671ffcda5447bc87e9ed2f669eb143d4" };
 * ```
 */
export interface AlipayUserCertdocCertverifyConsultRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  /** A query parameter (v3). */
  verify_id?: string;
}

/**
 * The result of `alipay.user.certdoc.certverify.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserCertdocCertverifyConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserCertdocCertverifyConsultResult {
  fail_params?: string;
  fail_reason?: string;
  passed?: string;
}

/**
 * The error codes of `alipay.user.certdoc.certverify.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserCertdocCertverifyConsultErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayUserCertdocCertverifyConsultErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT" | "IDENTITY_VERIFY_CACHE_EXPIRED" | "REQUIRED_PARAM_MISSING" | "GUARDIAN_LIMIT_ERROR";

/**
 * `alipay.user.certdoc.certverify.consult`: GET /v3/alipay/user/certdoc/certverify/consult over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserCertdocCertverifyConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserCertdocCertverifyConsult, { auth_token: '…', verify_id: "671ffcda5447bc87e9ed2f669eb143d4" });
 * ```
 */
export const alipayUserCertdocCertverifyConsult: ApiDefinition<"alipay.user.certdoc.certverify.consult", AlipayUserCertdocCertverifyConsultRequest, AlipayUserCertdocCertverifyConsultResult, AlipayUserCertdocCertverifyConsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.certdoc.certverify.consult",
  { verb: 'GET', query: ["auth_token", "verify_id"] },
  () => ({ auth_token: 0, verify_id: 0 }),
  () => ({ fail_params: 0, fail_reason: 0, passed: 0 }),
);
