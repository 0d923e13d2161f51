// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.label.user.query` (GET /v3/alipay/open/public/label/user/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLabelUserQueryRequest = { user_id: "2088283746283746", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayOpenPublicLabelUserQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.open.public.label.user.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLabelUserQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLabelUserQueryResult {
  label_ids?: string;
}

/**
 * The error codes of `alipay.open.public.label.user.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLabelUserQueryErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicLabelUserQueryErrorCode = "ILLEGAL_BIZ_PARAMS" | "OPEN_ID_IS_ILLEGAL" | "FORBIT_QUERY_USER_LABEL" | "PUBLIC_ID_IS_EMPTY" | "USER_ID_IS_EMPTY" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.label.user.query`: GET /v3/alipay/open/public/label/user/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLabelUserQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLabelUserQuery, { user_id: "2088283746283746", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayOpenPublicLabelUserQuery: ApiDefinition<"alipay.open.public.label.user.query", AlipayOpenPublicLabelUserQueryRequest, AlipayOpenPublicLabelUserQueryResult, AlipayOpenPublicLabelUserQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.label.user.query",
  { verb: 'GET', query: ["user_id", "open_id"] },
  () => ({ user_id: 0, open_id: 0 }),
  () => ({ label_ids: 0 }),
);
