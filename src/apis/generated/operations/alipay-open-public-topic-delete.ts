// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.topic.delete` (DELETE /v3/alipay/open/public/topic/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicTopicDeleteRequest = { topic_id: "CG202011131013300867029" };
 * ```
 */
export interface AlipayOpenPublicTopicDeleteRequest {
  /** A query parameter (v3). */
  topic_id?: string;
}

/**
 * The result of `alipay.open.public.topic.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicTopicDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicTopicDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.topic.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicTopicDeleteErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicTopicDeleteErrorCode = "ILLEGAL_BIZ_PARAMS" | "TOPIC_ID_INVALID" | "TOPIC_NOT_EXISTS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.topic.delete`: DELETE /v3/alipay/open/public/topic/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicTopicDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicTopicDelete, { topic_id: "CG202011131013300867029" });
 * ```
 */
export const alipayOpenPublicTopicDelete: ApiDefinition<"alipay.open.public.topic.delete", AlipayOpenPublicTopicDeleteRequest, AlipayOpenPublicTopicDeleteResult, AlipayOpenPublicTopicDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.topic.delete",
  { verb: 'DELETE', query: ["topic_id"] },
  () => ({ topic_id: 0 }),
  () => ({}),
);
