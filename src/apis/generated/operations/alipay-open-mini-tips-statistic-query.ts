// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.tips.statistic.query` (GET /v3/alipay/open/mini/tips/statistic/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTipsStatisticQueryRequest = { delivery_id: "20220308000000934758", query_type: "app" };
 * ```
 */
export interface AlipayOpenMiniTipsStatisticQueryRequest {
  /** A query parameter (v3). */
  delivery_id?: string;
  /** A query parameter (v3). */
  query_type?: string;
  /** A query parameter (v3). */
  start_date?: string;
  /** A query parameter (v3). */
  end_date?: string;
}

/**
 * The result of `alipay.open.mini.tips.statistic.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTipsStatisticQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniTipsStatisticQueryResult {
  app_collect_cnt?: number;
  app_uv?: number;
  delivery_content?: string;
  delivery_id?: string;
  tips_collect_rate?: string;
  tips_collect_uv?: number;
  tips_expo_uv?: number;
  total_app_collect_cnt?: number;
  total_app_uv?: number;
  total_tips_collect_rate?: string;
  total_tips_collect_uv?: number;
  total_tips_expo_uv?: number;
}

/**
 * The error codes of `alipay.open.mini.tips.statistic.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTipsStatisticQueryErrorCode = "NO_QUERY_DELIVERY_ID";
 * ```
 */
export type AlipayOpenMiniTipsStatisticQueryErrorCode = "NO_QUERY_DELIVERY_ID" | "INVALID_QUERY_TYPE" | "INVALID_QUERY_TIME" | "DELIVER_NOT_EXIST" | "SYSTEM_ERROR";

/**
 * `alipay.open.mini.tips.statistic.query`: GET /v3/alipay/open/mini/tips/statistic/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTipsStatisticQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTipsStatisticQuery, { delivery_id: "20220308000000934758", query_type: "app" });
 * ```
 */
export const alipayOpenMiniTipsStatisticQuery: ApiDefinition<"alipay.open.mini.tips.statistic.query", AlipayOpenMiniTipsStatisticQueryRequest, AlipayOpenMiniTipsStatisticQueryResult, AlipayOpenMiniTipsStatisticQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.tips.statistic.query",
  { verb: 'GET', query: ["delivery_id", "query_type", "start_date", "end_date"] },
  () => ({ delivery_id: 0, query_type: 0, start_date: 0, end_date: 0 }),
  () => ({ app_collect_cnt: 1, app_uv: 1, delivery_content: 0, delivery_id: 0, tips_collect_rate: 0, tips_collect_uv: 1, tips_expo_uv: 1, total_app_collect_cnt: 1, total_app_uv: 1, total_tips_collect_rate: 0, total_tips_collect_uv: 1, total_tips_expo_uv: 1 }),
);
