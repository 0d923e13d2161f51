// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.certdoc.certverify.preconsult` (POST /v3/alipay/user/certdoc/certverify/preconsult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserCertdocCertverifyPreconsultRequest = { cert_no: '…', cert_type: '…' };
 * ```
 */
export interface AlipayUserCertdocCertverifyPreconsultRequest {
  cert_no?: string;
  cert_type?: string;
  ext_info?: string;
  logon_id?: string;
  mobile?: string;
  user_name?: string;
}

/**
 * The result of `alipay.user.certdoc.certverify.preconsult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserCertdocCertverifyPreconsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserCertdocCertverifyPreconsultResult {
  verify_id?: string;
}

/**
 * The error codes of `alipay.user.certdoc.certverify.preconsult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserCertdocCertverifyPreconsultErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayUserCertdocCertverifyPreconsultErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT" | "REQUIRED_PARAM_MISSING" | "GUARDIAN_LIMIT_ERROR" | "CERT_TYPE_INVALID";

/**
 * `alipay.user.certdoc.certverify.preconsult`: POST /v3/alipay/user/certdoc/certverify/preconsult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserCertdocCertverifyPreconsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserCertdocCertverifyPreconsult, { cert_no: '…', cert_type: '…' });
 * ```
 */
export const alipayUserCertdocCertverifyPreconsult: ApiDefinition<"alipay.user.certdoc.certverify.preconsult", AlipayUserCertdocCertverifyPreconsultRequest, AlipayUserCertdocCertverifyPreconsultResult, AlipayUserCertdocCertverifyPreconsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.certdoc.certverify.preconsult",
  'POST',
  () => ({ cert_no: 0, cert_type: 0, ext_info: 0, logon_id: 0, mobile: 0, user_name: 0 }),
  () => ({ verify_id: 0 }),
);
