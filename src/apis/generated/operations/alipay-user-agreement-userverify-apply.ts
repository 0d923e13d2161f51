// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.agreement.userverify.apply` (POST /v3/alipay/user/agreement/userverify/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementUserverifyApplyRequest = { agreement_no: '…' };
 * ```
 */
export interface AlipayUserAgreementUserverifyApplyRequest {
  agreement_no?: string;
}

/**
 * The result of `alipay.user.agreement.userverify.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementUserverifyApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAgreementUserverifyApplyResult {
  apply_token?: string;
}

/**
 * The error codes of `alipay.user.agreement.userverify.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementUserverifyApplyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayUserAgreementUserverifyApplyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "USER_AGREEMENT_NOT_EXIST" | "AGREEMENT_NO_IS_INVALID";

/**
 * `alipay.user.agreement.userverify.apply`: POST /v3/alipay/user/agreement/userverify/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementUserverifyApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementUserverifyApply, { agreement_no: '…' });
 * ```
 */
export const alipayUserAgreementUserverifyApply: ApiDefinition<"alipay.user.agreement.userverify.apply", AlipayUserAgreementUserverifyApplyRequest, AlipayUserAgreementUserverifyApplyResult, AlipayUserAgreementUserverifyApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.userverify.apply",
  'POST',
  () => ({ agreement_no: 0 }),
  () => ({ apply_token: 0 }),
);
