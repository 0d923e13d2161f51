// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.inner.members.delete` (DELETE /v3/alipay/open/mini/inner/members/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerMembersDeleteRequest = { mini_app_id: "2021154987463214", app_origin: "ALIPAY" };
 * ```
 */
export interface AlipayOpenMiniInnerMembersDeleteRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  app_origin?: string;
  /** A query parameter (v3). */
  domain_account?: string;
  /** A query parameter (v3). */
  login_id?: string;
  /** A query parameter (v3). */
  type?: string;
}

/**
 * The result of `alipay.open.mini.inner.members.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerMembersDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerMembersDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.inner.members.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerMembersDeleteErrorCode = "APPID_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniInnerMembersDeleteErrorCode = "APPID_NOT_EXIST" | "NOT_TINYAPP" | "INNER_APP_ORIGIN_IS_BLANK" | "INNER_APP_ORIGIN_NOT_EXIT" | "INVALID_PARAMS";

/**
 * `alipay.open.mini.inner.members.delete`: DELETE /v3/alipay/open/mini/inner/members/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerMembersDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerMembersDelete, { mini_app_id: "2021154987463214", app_origin: "ALIPAY" });
 * ```
 */
export const alipayOpenMiniInnerMembersDelete: ApiDefinition<"alipay.open.mini.inner.members.delete", AlipayOpenMiniInnerMembersDeleteRequest, AlipayOpenMiniInnerMembersDeleteResult, AlipayOpenMiniInnerMembersDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.inner.members.delete",
  { verb: 'DELETE', query: ["mini_app_id", "app_origin", "domain_account", "login_id", "type"] },
  () => ({ mini_app_id: 0, app_origin: 0, domain_account: 0, login_id: 0, type: 0 }),
  () => ({}),
);
