// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.inner.members.query` (GET /v3/alipay/open/mini/inner/members/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerMembersQueryRequest = { mini_app_id: "2021125487896547", app_origin: "ALIPAY" };
 * ```
 */
export interface AlipayOpenMiniInnerMembersQueryRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  app_origin?: string;
}

/**
 * The result of `alipay.open.mini.inner.members.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerMembersQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerMembersQueryResult {
  open_app_operator_vo?: OpenAppOperatorVo[];
}

/**
 * The error codes of `alipay.open.mini.inner.members.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerMembersQueryErrorCode = "APPID_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniInnerMembersQueryErrorCode = "APPID_NOT_EXIST" | "NOT_TINYAPP" | "INNER_APP_ORIGIN_IS_BLANK" | "INNER_APP_ORIGIN_NOT_EXIT";

/**
 * `OpenAppOperatorVo`, a model of Alipay's v3 description (in `alipay.open.mini.inner.members.query`).
 *
 * @example
 * ```ts
 * const value: OpenAppOperatorVo = { logon_id: '…', nick_name: '…' };
 * ```
 */
export interface OpenAppOperatorVo {
  logon_id?: string;
  nick_name?: string;
  portrait?: string;
  role?: string;
  status?: string;
  user_id?: string;
}
const OpenAppOperatorVoShape = (): object => ({ logon_id: 0, nick_name: 0, portrait: 0, role: 0, status: 0, user_id: 0 });

/**
 * `alipay.open.mini.inner.members.query`: GET /v3/alipay/open/mini/inner/members/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerMembersQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerMembersQuery, { mini_app_id: "2021125487896547", app_origin: "ALIPAY" });
 * ```
 */
export const alipayOpenMiniInnerMembersQuery: ApiDefinition<"alipay.open.mini.inner.members.query", AlipayOpenMiniInnerMembersQueryRequest, AlipayOpenMiniInnerMembersQueryResult, AlipayOpenMiniInnerMembersQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.inner.members.query",
  { verb: 'GET', query: ["mini_app_id", "app_origin"] },
  () => ({ mini_app_id: 0, app_origin: 0 }),
  () => ({ open_app_operator_vo: [OpenAppOperatorVoShape] }),
);
