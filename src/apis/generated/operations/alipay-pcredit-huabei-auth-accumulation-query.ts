// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.pcredit.huabei.auth.accumulation.query` (GET /v3/alipay/pcredit/huabei/auth/accumulation/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayPcreditHuabeiAuthAccumulationQueryRequest = { agreement_no: "20170502000610755993", period: "20181223235059-20181230235010" };
 * ```
 */
export interface AlipayPcreditHuabeiAuthAccumulationQueryRequest {
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  period?: string;
  /** A query parameter (v3). */
  alipay_user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.pcredit.huabei.auth.accumulation.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayPcreditHuabeiAuthAccumulationQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayPcreditHuabeiAuthAccumulationQueryResult {
  pay_amount?: string;
  total_discount_amount?: string;
  total_pay_count?: string;
  total_real_pay_amount?: string;
}

/**
 * The error codes of `alipay.pcredit.huabei.auth.accumulation.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayPcreditHuabeiAuthAccumulationQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayPcreditHuabeiAuthAccumulationQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "AGREEMENT_NOT_EXIST" | "CALL_LIMITED" | "INVALID_PERIOD";

/**
 * `alipay.pcredit.huabei.auth.accumulation.query`: GET /v3/alipay/pcredit/huabei/auth/accumulation/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayPcreditHuabeiAuthAccumulationQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayPcreditHuabeiAuthAccumulationQuery, { agreement_no: "20170502000610755993", period: "20181223235059-20181230235010" });
 * ```
 */
export const alipayPcreditHuabeiAuthAccumulationQuery: ApiDefinition<"alipay.pcredit.huabei.auth.accumulation.query", AlipayPcreditHuabeiAuthAccumulationQueryRequest, AlipayPcreditHuabeiAuthAccumulationQueryResult, AlipayPcreditHuabeiAuthAccumulationQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.pcredit.huabei.auth.accumulation.query",
  { verb: 'GET', query: ["agreement_no", "period", "alipay_user_id", "open_id"] },
  () => ({ agreement_no: 0, period: 0, alipay_user_id: 0, open_id: 0 }),
  () => ({ pay_amount: 0, total_discount_amount: 0, total_pay_count: 0, total_real_pay_amount: 0 }),
);
