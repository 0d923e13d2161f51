// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.mini.templatemessage.send` (POST /v3/alipay/open/app/mini/templatemessage/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppMiniTemplatemessageSendRequest = { data: '…', form_id: '…' };
 * ```
 */
export interface AlipayOpenAppMiniTemplatemessageSendRequest {
  data?: string;
  form_id?: string;
  page?: string;
  to_open_id?: string;
  to_user_id?: string;
  user_template_id?: string;
}

/**
 * The result of `alipay.open.app.mini.templatemessage.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppMiniTemplatemessageSendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenAppMiniTemplatemessageSendResult = Record<string, never>;

/**
 * The error codes of `alipay.open.app.mini.templatemessage.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppMiniTemplatemessageSendErrorCode = "FORM_ID_SEND_LIMIT";
 * ```
 */
export type AlipayOpenAppMiniTemplatemessageSendErrorCode = "FORM_ID_SEND_LIMIT" | "TEMPLATE_ILLEGAL" | "MESSAGE_TEMPLATE_KEYWORD_ILLEGAL" | "USER_TEMPLATE_ILLEGAL" | "USER_TEMPLATE_LACK_KEYWORD" | "FORM_ID_INVALID" | "FORM_ID_NOT_MATCH_APPID" | "FORM_ID_OVER_TIME" | "USER_KEYWORD_LENGTH_ERROR" | "PAGE_OVER_LIMIT" | "TRADE_NO_NOT_MATCH_USERID" | "QUERY_CONSUMER_REQEUST_ERROR" | "BIZ_CONTENT_FORMAT_ERROR" | "DATA_CONTENT_FORMAT_ERROR" | "DATA_SENSITIVE" | "USER_ID_INVALID" | "NO_BIND_PUBLIC_APP" | "MESSAGE_SEND_AUTH_ERROR" | "USER_TEMPLATE_STATUS_ILLEGAL" | "APP_TYPE_ERROR" | "MSG_SEND_ERROR" | "ILLEGAL_ARGUMENT_PARAMS" | "NO_RECENT_VISIT_RECORD" | "MSG_SINGLE_SD_OVER" | "NO_PLACE_ORDER_RECORD" | "MSG_UNSUBSCRIBED" | "MSG_CONTENT_NOT_INTERESTED" | "MSG_REJECTED" | "MSG_TEMPLATE_ID_VALID" | "DATA_IS_EMPTY" | "MSG_UNAUTHORIZED" | "APP_NO_AVAIABLE";

/**
 * `alipay.open.app.mini.templatemessage.send`: POST /v3/alipay/open/app/mini/templatemessage/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppMiniTemplatemessageSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppMiniTemplatemessageSend, { data: '…', form_id: '…' });
 * ```
 */
export const alipayOpenAppMiniTemplatemessageSend: ApiDefinition<"alipay.open.app.mini.templatemessage.send", AlipayOpenAppMiniTemplatemessageSendRequest, AlipayOpenAppMiniTemplatemessageSendResult, AlipayOpenAppMiniTemplatemessageSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.mini.templatemessage.send",
  'POST',
  () => ({ data: 0, form_id: 0, page: 0, to_open_id: 0, to_user_id: 0, user_template_id: 0 }),
  () => ({}),
);
