// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.payafteruse.creditagreement.query` (GET /v3/zhima/credit/payafteruse/creditagreement/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPayafteruseCreditagreementQueryRequest = { out_agreement_no: "2014070700166653", credit_agreement_id: "ZMOP2020050722001440" };
 * ```
 */
export interface ZhimaCreditPayafteruseCreditagreementQueryRequest {
  /** A query parameter (v3). */
  out_agreement_no?: string;
  /** A query parameter (v3). */
  credit_agreement_id?: string;
}

/**
 * The result of `zhima.credit.payafteruse.creditagreement.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPayafteruseCreditagreementQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPayafteruseCreditagreementQueryResult {
  agreement_status?: string;
  alipay_user_id?: string;
  biz_time?: string;
  credit_agreement_id?: string;
  ext_info?: string;
  open_id?: string;
  out_agreement_no?: string;
}

/**
 * The error codes of `zhima.credit.payafteruse.creditagreement.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPayafteruseCreditagreementQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaCreditPayafteruseCreditagreementQueryErrorCode = "SYSTEM_ERROR" | "BIZ_ERROR" | "EXTRA_PARAM_FORMAT_ERROR" | "INVALID_PARAMETER" | "CREDIT_AUTH_NOT_EXIST" | "ILLEGAL_QUERY" | "CREDIT_AGREEMENT_NOT_EXIST" | "DEPEND_FAILURE";

/**
 * `zhima.credit.payafteruse.creditagreement.query`: GET /v3/zhima/credit/payafteruse/creditagreement/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPayafteruseCreditagreementQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPayafteruseCreditagreementQuery, { out_agreement_no: "2014070700166653", credit_agreement_id: "ZMOP2020050722001440" });
 * ```
 */
export const zhimaCreditPayafteruseCreditagreementQuery: ApiDefinition<"zhima.credit.payafteruse.creditagreement.query", ZhimaCreditPayafteruseCreditagreementQueryRequest, ZhimaCreditPayafteruseCreditagreementQueryResult, ZhimaCreditPayafteruseCreditagreementQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.payafteruse.creditagreement.query",
  { verb: 'GET', query: ["out_agreement_no", "credit_agreement_id"] },
  () => ({ out_agreement_no: 0, credit_agreement_id: 0 }),
  () => ({ agreement_status: 0, alipay_user_id: 0, biz_time: 0, credit_agreement_id: 0, ext_info: 0, open_id: 0, out_agreement_no: 0 }),
);
