// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.follow.batchquery` (POST /v3/alipay/open/public/follow/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicFollowBatchqueryRequest = { next_user_id: '…', open_id: '…' };
 * ```
 */
export interface AlipayOpenPublicFollowBatchqueryRequest {
  next_user_id?: string;
  open_id?: string;
}

/**
 * The result of `alipay.open.public.follow.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicFollowBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicFollowBatchqueryResult {
  count?: string;
  next_user_id?: string;
  open_id?: string;
  open_id_list?: string[];
  user_id_list?: string[];
}

/**
 * The error codes of `alipay.open.public.follow.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicFollowBatchqueryErrorCode = "QUERY_FOLLOWER_FORBIDDEN";
 * ```
 */
export type AlipayOpenPublicFollowBatchqueryErrorCode = "QUERY_FOLLOWER_FORBIDDEN" | "OPENID_INVALID" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.follow.batchquery`: POST /v3/alipay/open/public/follow/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicFollowBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicFollowBatchquery, { next_user_id: '…', open_id: '…' });
 * ```
 */
export const alipayOpenPublicFollowBatchquery: ApiDefinition<"alipay.open.public.follow.batchquery", AlipayOpenPublicFollowBatchqueryRequest, AlipayOpenPublicFollowBatchqueryResult, AlipayOpenPublicFollowBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.follow.batchquery",
  'POST',
  () => ({ next_user_id: 0, open_id: 0 }),
  () => ({ count: 0, next_user_id: 0, open_id: 0, open_id_list: [0], user_id_list: [0] }),
);
