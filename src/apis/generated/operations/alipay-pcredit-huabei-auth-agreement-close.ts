// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.pcredit.huabei.auth.agreement.close` (PUT /v3/alipay/pcredit/huabei/auth/agreement/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayPcreditHuabeiAuthAgreementCloseRequest = { agreement_no: '…', alipay_user_id: '…' };
 * ```
 */
export interface AlipayPcreditHuabeiAuthAgreementCloseRequest {
  agreement_no?: string;
  alipay_user_id?: string;
  open_id?: string;
  out_request_no?: string;
  partner_id?: string;
  quit_type?: string;
}

/**
 * The result of `alipay.pcredit.huabei.auth.agreement.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayPcreditHuabeiAuthAgreementCloseResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayPcreditHuabeiAuthAgreementCloseResult {
  out_request_no?: string;
}

/**
 * The error codes of `alipay.pcredit.huabei.auth.agreement.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayPcreditHuabeiAuthAgreementCloseErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayPcreditHuabeiAuthAgreementCloseErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "AGREEMENT_NOT_EXIST" | "NOT_ALLOW_CLOSE" | "AGREEMENT_ERROR";

/**
 * `alipay.pcredit.huabei.auth.agreement.close`: PUT /v3/alipay/pcredit/huabei/auth/agreement/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayPcreditHuabeiAuthAgreementClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayPcreditHuabeiAuthAgreementClose, { agreement_no: '…', alipay_user_id: '…' });
 * ```
 */
export const alipayPcreditHuabeiAuthAgreementClose: ApiDefinition<"alipay.pcredit.huabei.auth.agreement.close", AlipayPcreditHuabeiAuthAgreementCloseRequest, AlipayPcreditHuabeiAuthAgreementCloseResult, AlipayPcreditHuabeiAuthAgreementCloseErrorCode> = /* @__PURE__ */ operation(
  "alipay.pcredit.huabei.auth.agreement.close",
  'PUT',
  () => ({ agreement_no: 0, alipay_user_id: 0, open_id: 0, out_request_no: 0, partner_id: 0, quit_type: 0 }),
  () => ({ out_request_no: 0 }),
);
