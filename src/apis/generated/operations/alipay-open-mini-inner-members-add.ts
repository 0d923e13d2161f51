// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.inner.members.add` (POST /v3/alipay/open/mini/inner/members/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerMembersAddRequest = { app_origin: '…', domain_account: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerMembersAddRequest {
  app_origin?: string;
  domain_account?: string;
  login_id?: string;
  mini_app_id?: string;
  type?: string;
}

/**
 * The result of `alipay.open.mini.inner.members.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerMembersAddResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerMembersAddResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.inner.members.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerMembersAddErrorCode = "APPID_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniInnerMembersAddErrorCode = "APPID_NOT_EXIST" | "NOT_TINYAPP" | "INNER_APP_ORIGIN_IS_BLANK" | "INNER_APP_ORIGIN_NOT_EXIT" | "INVALID_PARAMS";

/**
 * `alipay.open.mini.inner.members.add`: POST /v3/alipay/open/mini/inner/members/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerMembersAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerMembersAdd, { app_origin: '…', domain_account: '…' });
 * ```
 */
export const alipayOpenMiniInnerMembersAdd: ApiDefinition<"alipay.open.mini.inner.members.add", AlipayOpenMiniInnerMembersAddRequest, AlipayOpenMiniInnerMembersAddResult, AlipayOpenMiniInnerMembersAddErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.inner.members.add",
  'POST',
  () => ({ app_origin: 0, domain_account: 0, login_id: 0, mini_app_id: 0, type: 0 }),
  () => ({}),
);
