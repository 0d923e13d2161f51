// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.contact.follow.batchquery` (POST /v3/alipay/open/public/contact/follow/batchquery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicContactFollowBatchqueryRequest = { auth_token: '…' };
 * ```
 */
export interface AlipayOpenPublicContactFollowBatchqueryRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
}

/**
 * The result of `alipay.open.public.contact.follow.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicContactFollowBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicContactFollowBatchqueryResult {
  contact_follow_list?: ContactFollower[];
}

/**
 * The error codes of `alipay.open.public.contact.follow.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicContactFollowBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicContactFollowBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS" | "QUERY_CONTACT_FOLLOWER_FORBIDDEN" | "SYSTEM_ERROR";

/**
 * `ContactFollower`, a model of Alipay's v3 description (in `alipay.open.public.contact.follow.batchquery`).
 *
 * @example
 * ```ts
 * const value: ContactFollower = { avatar: '…', default_avatar: '…' };
 * ```
 */
export interface ContactFollower {
  avatar?: string;
  default_avatar?: string;
  each_record_flag?: string;
  user_id?: string;
}
const ContactFollowerShape = (): object => ({ avatar: 0, default_avatar: 0, each_record_flag: 0, user_id: 0 });

/**
 * `alipay.open.public.contact.follow.batchquery`: POST /v3/alipay/open/public/contact/follow/batchquery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicContactFollowBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicContactFollowBatchquery, { auth_token: '…' });
 * ```
 */
export const alipayOpenPublicContactFollowBatchquery: ApiDefinition<"alipay.open.public.contact.follow.batchquery", AlipayOpenPublicContactFollowBatchqueryRequest, AlipayOpenPublicContactFollowBatchqueryResult, AlipayOpenPublicContactFollowBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.contact.follow.batchquery",
  { verb: 'POST', query: ["auth_token"], body: 'none' },
  () => ({ auth_token: 0 }),
  () => ({ contact_follow_list: [ContactFollowerShape] }),
);
