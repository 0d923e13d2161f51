// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.user.follow.query` (GET /v3/alipay/open/public/user/follow/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicUserFollowQueryRequest = { user_id: "2088132324342243", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayOpenPublicUserFollowQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.open.public.user.follow.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicUserFollowQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicUserFollowQueryResult {
  is_follow?: string;
}

/**
 * The error codes of `alipay.open.public.user.follow.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicUserFollowQueryErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicUserFollowQueryErrorCode = "ILLEGAL_BIZ_PARAMS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.open.public.user.follow.query`: GET /v3/alipay/open/public/user/follow/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicUserFollowQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicUserFollowQuery, { user_id: "2088132324342243", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayOpenPublicUserFollowQuery: ApiDefinition<"alipay.open.public.user.follow.query", AlipayOpenPublicUserFollowQueryRequest, AlipayOpenPublicUserFollowQueryResult, AlipayOpenPublicUserFollowQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.user.follow.query",
  { verb: 'GET', query: ["user_id", "open_id"] },
  () => ({ user_id: 0, open_id: 0 }),
  () => ({ is_follow: 0 }),
);
