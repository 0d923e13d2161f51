// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.payafteruse.creditbizorder.query` (GET /v3/zhima/credit/payafteruse/creditbizorder/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPayafteruseCreditbizorderQueryRequest = { credit_biz_order_id: "ZMCB20201021200102012", out_order_no: "20202010212001384" };
 * ```
 */
export interface ZhimaCreditPayafteruseCreditbizorderQueryRequest {
  /** A query parameter (v3). */
  credit_biz_order_id?: string;
  /** A query parameter (v3). */
  out_order_no?: string;
}

/**
 * The result of `zhima.credit.payafteruse.creditbizorder.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPayafteruseCreditbizorderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPayafteruseCreditbizorderQueryResult {
  create_time?: string;
  credit_agreement_id?: string;
  credit_biz_order_id?: string;
  order_status?: string;
  product_code?: string;
  total_amount?: string;
  total_credit_pay_amount?: string;
  trade_no?: string;
  zm_service_id?: string;
}

/**
 * The error codes of `zhima.credit.payafteruse.creditbizorder.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPayafteruseCreditbizorderQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaCreditPayafteruseCreditbizorderQueryErrorCode = "SYSTEM_ERROR" | "BIZ_ERROR" | "INVALID_PARAMETER" | "ILLEGAL_QUERY" | "DEPEND_FAILURE";

/**
 * `zhima.credit.payafteruse.creditbizorder.query`: GET /v3/zhima/credit/payafteruse/creditbizorder/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPayafteruseCreditbizorderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPayafteruseCreditbizorderQuery, { credit_biz_order_id: "ZMCB20201021200102012", out_order_no: "20202010212001384" });
 * ```
 */
export const zhimaCreditPayafteruseCreditbizorderQuery: ApiDefinition<"zhima.credit.payafteruse.creditbizorder.query", ZhimaCreditPayafteruseCreditbizorderQueryRequest, ZhimaCreditPayafteruseCreditbizorderQueryResult, ZhimaCreditPayafteruseCreditbizorderQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.payafteruse.creditbizorder.query",
  { verb: 'GET', query: ["credit_biz_order_id", "out_order_no"] },
  () => ({ credit_biz_order_id: 0, out_order_no: 0 }),
  () => ({ create_time: 0, credit_agreement_id: 0, credit_biz_order_id: 0, order_status: 0, product_code: 0, total_amount: 0, total_credit_pay_amount: 0, trade_no: 0, zm_service_id: 0 }),
);
