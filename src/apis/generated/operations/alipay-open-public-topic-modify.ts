// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type TopicItem, TopicItemShape } from '../models/TopicItem.ts';

/**
 * The request of `alipay.open.public.topic.modify` (POST /v3/alipay/open/public/topic/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicTopicModifyRequest = { img_url: '…', link_type: '…' };
 * ```
 */
export interface AlipayOpenPublicTopicModifyRequest {
  img_url?: string;
  link_type?: string;
  link_url?: string;
  sub_title?: string;
  title?: string;
  topic_id?: string;
  topic_items?: TopicItem;
}

/**
 * The result of `alipay.open.public.topic.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicTopicModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicTopicModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.topic.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicTopicModifyErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicTopicModifyErrorCode = "ILLEGAL_BIZ_PARAMS" | "TOPIC_SIZE_INVALID" | "TOPIC_TITLE_INVALID" | "TOPIC_SHOW_IMG_PARAM_INVALID" | "TOPIC_SUBTITLE_INVALID" | "TOPIC_IMGURL_INVALID" | "TOPIC_LINKURL_INVALID" | "TOPIC_ITEM_IMGURL_INVALID" | "TOPIC_ITEM_LINKURL_INVALID" | "TOPIC_ITEM_TITLE_INVALID" | "TOPIC_ITEM_SUBTITLE_INVALID" | "LIFE_APP_FILE_TOO_LARGE" | "PUBLIC_IMG_TYPE_INVALID" | "BUSINESS_ERROR" | "SYSTEM_ERROR" | "TOPIC_ID_INVALID" | "TOPIC_NOT_EXISTS" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.topic.modify`: POST /v3/alipay/open/public/topic/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicTopicModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicTopicModify, { img_url: '…', link_type: '…' });
 * ```
 */
export const alipayOpenPublicTopicModify: ApiDefinition<"alipay.open.public.topic.modify", AlipayOpenPublicTopicModifyRequest, AlipayOpenPublicTopicModifyResult, AlipayOpenPublicTopicModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.topic.modify",
  'POST',
  () => ({ img_url: 0, link_type: 0, link_url: 0, sub_title: 0, title: 0, topic_id: 0, topic_items: TopicItemShape }),
  () => ({}),
);
