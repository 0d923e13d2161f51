// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.members.delete` (DELETE /v3/alipay/open/app/members/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppMembersDeleteRequest = { user_id: "208822294389xxxx", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayOpenAppMembersDeleteRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  role?: string;
}

/**
 * The result of `alipay.open.app.members.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppMembersDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAppMembersDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.app.members.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppMembersDeleteErrorCode = "USER_ID_IS_BLANK";
 * ```
 */
export type AlipayOpenAppMembersDeleteErrorCode = "USER_ID_IS_BLANK" | "INVALID_ROLE" | "APPLICATION_TYPE_NOT_MINIAPP" | "ROLE_NOT_EXSIT" | "SYSTEM_ERROR";

/**
 * `alipay.open.app.members.delete`: DELETE /v3/alipay/open/app/members/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppMembersDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppMembersDelete, { user_id: "208822294389xxxx", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayOpenAppMembersDelete: ApiDefinition<"alipay.open.app.members.delete", AlipayOpenAppMembersDeleteRequest, AlipayOpenAppMembersDeleteResult, AlipayOpenAppMembersDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.members.delete",
  { verb: 'DELETE', query: ["user_id", "open_id", "role"] },
  () => ({ user_id: 0, open_id: 0, role: 0 }),
  () => ({}),
);
