// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.message.single.send` (POST /v3/alipay/open/public/message/single/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMessageSingleSendRequest = { to_open_id: '…', to_user_id: '…' };
 * ```
 */
export interface AlipayOpenPublicMessageSingleSendRequest {
  template?: Template;
  to_open_id?: string;
  to_user_id?: string;
}

/**
 * The result of `alipay.open.public.message.single.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMessageSingleSendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicMessageSingleSendResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.message.single.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMessageSingleSendErrorCode = "MSG_TEMPLATE_INVALID";
 * ```
 */
export type AlipayOpenPublicMessageSingleSendErrorCode = "MSG_TEMPLATE_INVALID" | "MSG_TEMPLATE_ID_INVALID" | "MSG_TEMPLATE_KEY_INVALID" | "OPENID_INVALID" | "MSG_TEMPLATE_NOT_EXIST" | "MSG_TEMPLATE_NOT_STARTED" | "MSG_TEMPLATE_CONTEXT_LACK_KEY" | "ILLEGAL_ARGUMENT_PARAMS" | "SYSTEM_ERROR" | "MSG_SD_NOFOLLOW" | "APP_NO_AVAIABLE" | "BIZ_CONTENT_IS_NULL" | "UNFOLLOW_REFUSE_RECOMMONED" | "MSG_SEND_FORBIDDEN" | "TYPEATEMPLATE_SWITCH_UNSUBSCRIBED" | "MSG_SEND_ILLEGAL" | "MSG_SINGLE_SD_OVER";

/**
 * `Context`, a model of Alipay's v3 description (in `alipay.open.public.message.single.send`).
 *
 * @example
 * ```ts
 * const value: Context = { action_name: '…', head_color: '…' };
 * ```
 */
export interface Context {
  action_name?: string;
  first?: Keyword;
  head_color?: string;
  keyword1?: Keyword;
  keyword2?: Keyword;
  remark?: Keyword;
  url?: string;
}
const ContextShape = (): object => ({ action_name: 0, first: KeywordShape, head_color: 0, keyword1: KeywordShape, keyword2: KeywordShape, remark: KeywordShape, url: 0 });

/**
 * `Keyword`, a model of Alipay's v3 description (in `alipay.open.public.message.single.send`).
 *
 * @example
 * ```ts
 * const value: Keyword = { color: '…', value: '…' };
 * ```
 */
export interface Keyword {
  color?: string;
  value?: string;
}
const KeywordShape = (): object => ({ color: 0, value: 0 });

/**
 * `Template`, a model of Alipay's v3 description (in `alipay.open.public.message.single.send`).
 *
 * @example
 * ```ts
 * const value: Template = { template_id: '…' };
 * ```
 */
export interface Template {
  context?: Context;
  template_id?: string;
}
const TemplateShape = (): object => ({ context: ContextShape, template_id: 0 });

/**
 * `alipay.open.public.message.single.send`: POST /v3/alipay/open/public/message/single/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMessageSingleSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMessageSingleSend, { to_open_id: '…', to_user_id: '…' });
 * ```
 */
export const alipayOpenPublicMessageSingleSend: ApiDefinition<"alipay.open.public.message.single.send", AlipayOpenPublicMessageSingleSendRequest, AlipayOpenPublicMessageSingleSendResult, AlipayOpenPublicMessageSingleSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.message.single.send",
  'POST',
  () => ({ template: TemplateShape, to_open_id: 0, to_user_id: 0 }),
  () => ({}),
);
