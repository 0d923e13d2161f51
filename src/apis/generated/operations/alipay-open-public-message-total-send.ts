// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Article, ArticleShape } from '../models/Article.ts';
import { type Text, TextShape } from '../models/Text.ts';

/**
 * The request of `alipay.open.public.message.total.send` (POST /v3/alipay/open/public/message/total/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMessageTotalSendRequest = { msg_type: '…' };
 * ```
 */
export interface AlipayOpenPublicMessageTotalSendRequest {
  articles?: Article[];
  msg_type?: string;
  text?: Text;
}

/**
 * The result of `alipay.open.public.message.total.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMessageTotalSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMessageTotalSendResult {
  message_id?: string;
}

/**
 * The error codes of `alipay.open.public.message.total.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMessageTotalSendErrorCode = "MSG_TYPE_ILLEGAL";
 * ```
 */
export type AlipayOpenPublicMessageTotalSendErrorCode = "MSG_TYPE_ILLEGAL" | "OPEN_ID_IS_ILLEGAL" | "ILLEGAL_ARGUMENT_PARAMS" | "SYSTEM_ERROR";

/**
 * `alipay.open.public.message.total.send`: POST /v3/alipay/open/public/message/total/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMessageTotalSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMessageTotalSend, { msg_type: '…' });
 * ```
 */
export const alipayOpenPublicMessageTotalSend: ApiDefinition<"alipay.open.public.message.total.send", AlipayOpenPublicMessageTotalSendRequest, AlipayOpenPublicMessageTotalSendResult, AlipayOpenPublicMessageTotalSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.message.total.send",
  'POST',
  () => ({ articles: [ArticleShape], msg_type: 0, text: TextShape }),
  () => ({ message_id: 0 }),
);
