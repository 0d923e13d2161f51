// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.agreement.query` (GET /v3/zhima/credit/pe/zmgo/agreement/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoAgreementQueryRequest = { agreement_id: "20185513447859192007", alipay_user_id: "2088101117955611" };
 * ```
 */
export interface ZhimaCreditPeZmgoAgreementQueryRequest {
  /** A query parameter (v3). */
  agreement_id?: string;
  /** A query parameter (v3). */
  alipay_user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `zhima.credit.pe.zmgo.agreement.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoAgreementQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoAgreementQueryResult {
  agreement_id?: string;
  agreement_name?: string;
  agreement_status?: string;
  alipay_user_id?: string;
  biz_type?: string;
  open_id?: string;
  sign_time?: string;
  start_time?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.agreement.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoAgreementQueryErrorCode = "ZMGO_BIZ_AGR_NULL";
 * ```
 */
export type ZhimaCreditPeZmgoAgreementQueryErrorCode = "ZMGO_BIZ_AGR_NULL" | "AGREEMENT_NOT_EXIST";

/**
 * `zhima.credit.pe.zmgo.agreement.query`: GET /v3/zhima/credit/pe/zmgo/agreement/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoAgreementQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoAgreementQuery, { agreement_id: "20185513447859192007", alipay_user_id: "2088101117955611" });
 * ```
 */
export const zhimaCreditPeZmgoAgreementQuery: ApiDefinition<"zhima.credit.pe.zmgo.agreement.query", ZhimaCreditPeZmgoAgreementQueryRequest, ZhimaCreditPeZmgoAgreementQueryResult, ZhimaCreditPeZmgoAgreementQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.agreement.query",
  { verb: 'GET', query: ["agreement_id", "alipay_user_id", "open_id"] },
  () => ({ agreement_id: 0, alipay_user_id: 0, open_id: 0 }),
  () => ({ agreement_id: 0, agreement_name: 0, agreement_status: 0, alipay_user_id: 0, biz_type: 0, open_id: 0, sign_time: 0, start_time: 0 }),
);
