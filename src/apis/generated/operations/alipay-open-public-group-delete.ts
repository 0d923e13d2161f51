// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.group.delete` (DELETE /v3/alipay/open/public/group/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicGroupDeleteRequest = { group_id: "100" };
 * ```
 */
export interface AlipayOpenPublicGroupDeleteRequest {
  /** A query parameter (v3). */
  group_id?: string;
}

/**
 * The result of `alipay.open.public.group.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicGroupDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicGroupDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.group.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicGroupDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicGroupDeleteErrorCode = "SYSTEM_ERROR" | "GROUP_ID_INVALID" | "GROUP_NOT_EXISTED" | "GROUP_NOT_ALLOW_DELETE";

/**
 * `alipay.open.public.group.delete`: DELETE /v3/alipay/open/public/group/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicGroupDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicGroupDelete, { group_id: "100" });
 * ```
 */
export const alipayOpenPublicGroupDelete: ApiDefinition<"alipay.open.public.group.delete", AlipayOpenPublicGroupDeleteRequest, AlipayOpenPublicGroupDeleteResult, AlipayOpenPublicGroupDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.group.delete",
  { verb: 'DELETE', query: ["group_id"] },
  () => ({ group_id: 0 }),
  () => ({}),
);
