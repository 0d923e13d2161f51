// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.alipaypoint.budgetlib.query` (GET /v3/alipay/user/alipaypoint/budgetlib/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayUserAlipaypointBudgetlibQueryRequest = { budget_code: "20201107050844" };
 * ```
 */
export interface AlipayUserAlipaypointBudgetlibQueryRequest {
  /** A query parameter (v3). */
  budget_code?: string;
}

/**
 * The result of `alipay.user.alipaypoint.budgetlib.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAlipaypointBudgetlibQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAlipaypointBudgetlibQueryResult {
  budget_code?: string;
  budget_desc?: string;
  cumulative_amount?: number;
  enabled?: boolean;
  end_time?: string;
  remain_amount?: number;
  start_time?: string;
}

/**
 * The error codes of `alipay.user.alipaypoint.budgetlib.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAlipaypointBudgetlibQueryErrorCode = "BUDGET_NOT_EXIST";
 * ```
 */
export type AlipayUserAlipaypointBudgetlibQueryErrorCode = "BUDGET_NOT_EXIST" | "BUDGET_NOT_MATCH_PARTNER" | "PARAM_ILLEGAL";

/**
 * `alipay.user.alipaypoint.budgetlib.query`: GET /v3/alipay/user/alipaypoint/budgetlib/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAlipaypointBudgetlibQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAlipaypointBudgetlibQuery, { budget_code: "20201107050844" });
 * ```
 */
export const alipayUserAlipaypointBudgetlibQuery: ApiDefinition<"alipay.user.alipaypoint.budgetlib.query", AlipayUserAlipaypointBudgetlibQueryRequest, AlipayUserAlipaypointBudgetlibQueryResult, AlipayUserAlipaypointBudgetlibQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.alipaypoint.budgetlib.query",
  { verb: 'GET', query: ["budget_code"] },
  () => ({ budget_code: 0 }),
  () => ({ budget_code: 0, budget_desc: 0, cumulative_amount: 1, enabled: 2, end_time: 0, remain_amount: 1, start_time: 0 }),
);
