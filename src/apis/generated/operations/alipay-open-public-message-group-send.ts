// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Article, ArticleShape } from '../models/Article.ts';
import { type Text, TextShape } from '../models/Text.ts';

/**
 * The request of `alipay.open.public.message.group.send` (POST /v3/alipay/open/public/message/group/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMessageGroupSendRequest = { group_id: '…', msg_type: '…' };
 * ```
 */
export interface AlipayOpenPublicMessageGroupSendRequest {
  articles?: Article[];
  group_id?: string;
  image?: Image;
  msg_type?: string;
  text?: Text;
}

/**
 * The result of `alipay.open.public.message.group.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMessageGroupSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMessageGroupSendResult {
  message_id?: string;
}

/**
 * The error codes of `alipay.open.public.message.group.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMessageGroupSendErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenPublicMessageGroupSendErrorCode = "SYSTEM_ERROR" | "GROUP_EMPTY_ERROR" | "ILLEGAL_BIZ_PARAMS" | "MSG_BATCH_SD_OVER" | "MSG_SEND_ILLEGAL" | "IMAGE_SIZE_ERROR" | "IMAGE_TOO_LARGE" | "ILLEGAL_IMAGE_FORMAT" | "MESSAGE_IS_EMPTY" | "MESSAGE_IS_INCOMPLETE";

/**
 * `Image`, a model of Alipay's v3 description (in `alipay.open.public.message.group.send`).
 *
 * @example
 * ```ts
 * const value: Image = { url: '…' };
 * ```
 */
export interface Image {
  url?: string;
}
const ImageShape = (): object => ({ url: 0 });

/**
 * `alipay.open.public.message.group.send`: POST /v3/alipay/open/public/message/group/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMessageGroupSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMessageGroupSend, { group_id: '…', msg_type: '…' });
 * ```
 */
export const alipayOpenPublicMessageGroupSend: ApiDefinition<"alipay.open.public.message.group.send", AlipayOpenPublicMessageGroupSendRequest, AlipayOpenPublicMessageGroupSendResult, AlipayOpenPublicMessageGroupSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.message.group.send",
  'POST',
  () => ({ articles: [ArticleShape], group_id: 0, image: ImageShape, msg_type: 0, text: TextShape }),
  () => ({ message_id: 0 }),
);
