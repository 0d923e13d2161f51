// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.pcredit.huabei.auth.agreement.query` (GET /v3/alipay/pcredit/huabei/auth/agreement/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayPcreditHuabeiAuthAgreementQueryRequest = { agreement_no: "20185513447859192007", alipay_user_id: "2088101117955611" };
 * ```
 */
export interface AlipayPcreditHuabeiAuthAgreementQueryRequest {
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  alipay_user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  out_sign_no?: string;
  /** A query parameter (v3). */
  auth_scene?: string;
}

/**
 * The result of `alipay.pcredit.huabei.auth.agreement.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayPcreditHuabeiAuthAgreementQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayPcreditHuabeiAuthAgreementQueryResult {
  agreement_name?: string;
  agreement_no?: string;
  agreement_status?: string;
  alipay_user_id?: string;
  auth_scene?: string;
  external_logon_id?: string;
  gmt_sign?: string;
  gmt_unsign?: string;
  open_id?: string;
  out_biz_type?: string;
  out_sign_no?: string;
  rest_freeze_amount?: string;
}

/**
 * The error codes of `alipay.pcredit.huabei.auth.agreement.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayPcreditHuabeiAuthAgreementQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayPcreditHuabeiAuthAgreementQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "AGREEMENT_NOT_EXIST" | "CALL_LIMITED";

/**
 * `alipay.pcredit.huabei.auth.agreement.query`: GET /v3/alipay/pcredit/huabei/auth/agreement/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayPcreditHuabeiAuthAgreementQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayPcreditHuabeiAuthAgreementQuery, { agreement_no: "20185513447859192007", alipay_user_id: "2088101117955611" });
 * ```
 */
export const alipayPcreditHuabeiAuthAgreementQuery: ApiDefinition<"alipay.pcredit.huabei.auth.agreement.query", AlipayPcreditHuabeiAuthAgreementQueryRequest, AlipayPcreditHuabeiAuthAgreementQueryResult, AlipayPcreditHuabeiAuthAgreementQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.pcredit.huabei.auth.agreement.query",
  { verb: 'GET', query: ["agreement_no", "alipay_user_id", "open_id", "out_sign_no", "auth_scene"] },
  () => ({ agreement_no: 0, alipay_user_id: 0, open_id: 0, out_sign_no: 0, auth_scene: 0 }),
  () => ({ agreement_name: 0, agreement_no: 0, agreement_status: 0, alipay_user_id: 0, auth_scene: 0, external_logon_id: 0, gmt_sign: 0, gmt_unsign: 0, open_id: 0, out_biz_type: 0, out_sign_no: 0, rest_freeze_amount: 0 }),
);
