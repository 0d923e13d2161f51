// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Article, ArticleShape } from '../models/Article.ts';
import { type Text, TextShape } from '../models/Text.ts';

/**
 * The request of `alipay.open.public.message.custom.send` (POST /v3/alipay/open/public/message/custom/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMessageCustomSendRequest = { chat: '…', event_type: '…' };
 * ```
 */
export interface AlipayOpenPublicMessageCustomSendRequest {
  articles?: Article[];
  chat?: string;
  event_type?: string;
  msg_type?: string;
  open_id?: string;
  text?: Text;
  to_user_id?: string;
}

/**
 * The result of `alipay.open.public.message.custom.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMessageCustomSendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicMessageCustomSendResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.message.custom.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMessageCustomSendErrorCode = "PUBLIC_CHANNELS_CONFIG_INVAILD";
 * ```
 */
export type AlipayOpenPublicMessageCustomSendErrorCode = "PUBLIC_CHANNELS_CONFIG_INVAILD" | "MSG_TYPE_ILLEGAL" | "OPEN_ID_IS_ILLEGAL" | "MSG_SD_NOBEHAVIOR" | "SYSTEM_ERROR" | "MSG_SD_EVENT_TYPE_NOT_EXISTS" | "MSG_SD_FOLLOW_NOT_EXISTS" | "MSG_SD_OVER_TIME" | "MSG_ENTER_EVENT_OVER_LIMIT";

/**
 * `alipay.open.public.message.custom.send`: POST /v3/alipay/open/public/message/custom/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMessageCustomSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMessageCustomSend, { chat: '…', event_type: '…' });
 * ```
 */
export const alipayOpenPublicMessageCustomSend: ApiDefinition<"alipay.open.public.message.custom.send", AlipayOpenPublicMessageCustomSendRequest, AlipayOpenPublicMessageCustomSendResult, AlipayOpenPublicMessageCustomSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.message.custom.send",
  'POST',
  () => ({ articles: [ArticleShape], chat: 0, event_type: 0, msg_type: 0, open_id: 0, text: TextShape, to_user_id: 0 }),
  () => ({}),
);
