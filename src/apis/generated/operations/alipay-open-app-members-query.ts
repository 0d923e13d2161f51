// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.members.query` (GET /v3/alipay/open/app/members/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppMembersQueryRequest = { role: "DEVELOPER" };
 * ```
 */
export interface AlipayOpenAppMembersQueryRequest {
  /** A query parameter (v3). */
  role?: string;
}

/**
 * The result of `alipay.open.app.members.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppMembersQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppMembersQueryResult {
  app_member_info_list?: AppMemberInfo[];
}

/**
 * The error codes of `alipay.open.app.members.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppMembersQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenAppMembersQueryErrorCode = "SYSTEM_ERROR" | "INVALID_ROLE" | "APPLICATION_TYPE_NOT_MINIAPP";

/**
 * `AppMemberInfo`, a model of Alipay's v3 description (in `alipay.open.app.members.query`).
 *
 * @example
 * ```ts
 * const value: AppMemberInfo = { gmt_invite: '…', gmt_join: '…' };
 * ```
 */
export interface AppMemberInfo {
  gmt_invite?: string;
  gmt_join?: string;
  logon_id?: string;
  nick_name?: string;
  open_id?: string;
  portrait?: string;
  role?: string;
  status?: string;
  user_id?: string;
}
const AppMemberInfoShape = (): object => ({ gmt_invite: 0, gmt_join: 0, logon_id: 0, nick_name: 0, open_id: 0, portrait: 0, role: 0, status: 0, user_id: 0 });

/**
 * `alipay.open.app.members.query`: GET /v3/alipay/open/app/members/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppMembersQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppMembersQuery, { role: "DEVELOPER" });
 * ```
 */
export const alipayOpenAppMembersQuery: ApiDefinition<"alipay.open.app.members.query", AlipayOpenAppMembersQueryRequest, AlipayOpenAppMembersQueryResult, AlipayOpenAppMembersQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.members.query",
  { verb: 'GET', query: ["role"] },
  () => ({ role: 0 }),
  () => ({ app_member_info_list: [AppMemberInfoShape] }),
);
