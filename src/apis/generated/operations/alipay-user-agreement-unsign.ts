// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.agreement.unsign` (POST /v3/alipay/user/agreement/unsign: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserAgreementUnsignRequest = { agreement_no: '…', alipay_logon_id: '…' };
 * ```
 */
export interface AlipayUserAgreementUnsignRequest {
  agreement_no?: string;
  alipay_logon_id?: string;
  alipay_open_id?: string;
  alipay_user_id?: string;
  extend_params?: string;
  external_agreement_no?: string;
  notify_url?: string;
  operate_type?: string;
  personal_product_code?: string;
  sign_scene?: string;
  third_party_type?: string;
}

/**
 * The result of `alipay.user.agreement.unsign`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAgreementUnsignResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayUserAgreementUnsignResult = Record<string, never>;

/**
 * The error codes of `alipay.user.agreement.unsign` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAgreementUnsignErrorCode = "USER_NOT_EXIST_ERROR";
 * ```
 */
export type AlipayUserAgreementUnsignErrorCode = "USER_NOT_EXIST_ERROR" | "AGREEMENT_NOT_EXIST" | "PRODUCT_CODE_NOT_SUPPORTED_ERROR" | "USER_AGREEMENT_STATUS_NOT_NORMAL" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "AUTHOREE_IS_NOT_MATCH" | "MERCHANT_AGREEMENT_IS_NOT_EXIST" | "USER_NOT_EXSIT_ERROR" | "AGREEMENT_NOT_EXSIT" | "USER_AGREEMENT_QUERY_FAIL" | "USER_AGREEMENT_UNSIGN_FAIL" | "USER_AGREEMENT_STATUS_IS_NOT_NORMAL" | "ILLEGAL_PARAMS" | "MERCHANT_STATUS_IS_NOT_NORMAL" | "ASYNC_UNSIGN_CAN_NOT_REJECT";

/**
 * `alipay.user.agreement.unsign`: POST /v3/alipay/user/agreement/unsign over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAgreementUnsign } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAgreementUnsign, { agreement_no: '…', alipay_logon_id: '…' });
 * ```
 */
export const alipayUserAgreementUnsign: ApiDefinition<"alipay.user.agreement.unsign", AlipayUserAgreementUnsignRequest, AlipayUserAgreementUnsignResult, AlipayUserAgreementUnsignErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.agreement.unsign",
  'POST',
  () => ({ agreement_no: 0, alipay_logon_id: 0, alipay_open_id: 0, alipay_user_id: 0, extend_params: 0, external_agreement_no: 0, notify_url: 0, operate_type: 0, personal_product_code: 0, sign_scene: 0, third_party_type: 0 }),
  () => ({}),
);
