// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.merchant.zmgo.cumulate.query` (GET /v3/zhima/merchant/zmgo/cumulate/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaMerchantZmgoCumulateQueryRequest = { agreement_id: "20195108518085620000", user_id: "2088602002015001" };
 * ```
 */
export interface ZhimaMerchantZmgoCumulateQueryRequest {
  /** A query parameter (v3). */
  agreement_id?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  provider_pid?: string;
  /** A query parameter (v3). */
  need_detail?: boolean;
  /** A query parameter (v3). */
  page_no?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `zhima.merchant.zmgo.cumulate.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaMerchantZmgoCumulateQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaMerchantZmgoCumulateQueryResult {
  aggr_amount?: string;
  aggr_discount_amount?: string;
  aggr_times?: number;
  agreement_id?: string;
  detail_list?: CumulateDataDetail[];
  fail_reason?: string;
  page_no?: number;
  page_size?: number;
}

/**
 * The error codes of `zhima.merchant.zmgo.cumulate.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaMerchantZmgoCumulateQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaMerchantZmgoCumulateQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `CumulateDataDetail`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.cumulate.query`).
 *
 * @example
 * ```ts
 * const value: CumulateDataDetail = { action_type: '…', biz_time: '…' };
 * ```
 */
export interface CumulateDataDetail {
  action_type?: string;
  biz_time?: string;
  data_type?: string;
  discount_amount?: string;
  discount_desc?: string;
  out_biz_no?: string;
  refer_out_biz_no?: string;
  sub_data_type?: string;
  task_amount?: string;
  task_desc?: string;
  task_times?: number;
}
const CumulateDataDetailShape = (): object => ({ action_type: 0, biz_time: 0, data_type: 0, discount_amount: 0, discount_desc: 0, out_biz_no: 0, refer_out_biz_no: 0, sub_data_type: 0, task_amount: 0, task_desc: 0, task_times: 1 });

/**
 * `zhima.merchant.zmgo.cumulate.query`: GET /v3/zhima/merchant/zmgo/cumulate/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaMerchantZmgoCumulateQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaMerchantZmgoCumulateQuery, { agreement_id: "20195108518085620000", user_id: "2088602002015001" });
 * ```
 */
export const zhimaMerchantZmgoCumulateQuery: ApiDefinition<"zhima.merchant.zmgo.cumulate.query", ZhimaMerchantZmgoCumulateQueryRequest, ZhimaMerchantZmgoCumulateQueryResult, ZhimaMerchantZmgoCumulateQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.merchant.zmgo.cumulate.query",
  { verb: 'GET', query: ["agreement_id", "user_id", "open_id", "provider_pid", "need_detail", "page_no", "page_size"] },
  () => ({ agreement_id: 0, user_id: 0, open_id: 0, provider_pid: 0, need_detail: 2, page_no: 1, page_size: 1 }),
  () => ({ aggr_amount: 0, aggr_discount_amount: 0, aggr_times: 1, agreement_id: 0, detail_list: [CumulateDataDetailShape], fail_reason: 0, page_no: 1, page_size: 1 }),
);
