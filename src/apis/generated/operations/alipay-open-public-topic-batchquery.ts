// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type TopicItem, TopicItemShape } from '../models/TopicItem.ts';

/**
 * The request of `alipay.open.public.topic.batchquery` (POST /v3/alipay/open/public/topic/batchquery: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicTopicBatchqueryRequest = {};
 * ```
 */
export type AlipayOpenPublicTopicBatchqueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.public.topic.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicTopicBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicTopicBatchqueryResult {
  topic_list?: Topic[];
}

/**
 * The error codes of `alipay.open.public.topic.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicTopicBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicTopicBatchqueryErrorCode = "SYSTEM_ERROR" | "BUSINESS_ERROR";

/**
 * `Topic`, a model of Alipay's v3 description (in `alipay.open.public.topic.batchquery`).
 *
 * @example
 * ```ts
 * const value: Topic = { img_url: '…', link_type: '…' };
 * ```
 */
export interface Topic {
  img_url?: string;
  link_type?: string;
  link_url?: string;
  sub_title?: string;
  title?: string;
  topic_id?: string;
  topic_items?: TopicItem[];
}
const TopicShape = (): object => ({ img_url: 0, link_type: 0, link_url: 0, sub_title: 0, title: 0, topic_id: 0, topic_items: [TopicItemShape] });

/**
 * `alipay.open.public.topic.batchquery`: POST /v3/alipay/open/public/topic/batchquery over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicTopicBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicTopicBatchquery, {});
 * ```
 */
export const alipayOpenPublicTopicBatchquery: ApiDefinition<"alipay.open.public.topic.batchquery", AlipayOpenPublicTopicBatchqueryRequest, AlipayOpenPublicTopicBatchqueryResult, AlipayOpenPublicTopicBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.topic.batchquery",
  { verb: 'POST', body: 'none' },
  () => ({}),
  () => ({ topic_list: [TopicShape] }),
);
