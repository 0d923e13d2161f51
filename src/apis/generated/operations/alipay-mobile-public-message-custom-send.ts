// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.message.custom.send` (POST /v3/alipay/mobile/public/message/custom/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicMessageCustomSendRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobilePublicMessageCustomSendRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.message.custom.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicMessageCustomSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicMessageCustomSendResult {
  code?: string;
  msg?: string;
}

/**
 * The error codes of `alipay.mobile.public.message.custom.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMobilePublicMessageCustomSendErrorCode = "MSG_SD_NOBEHAVIOR";
 * ```
 */
export type AlipayMobilePublicMessageCustomSendErrorCode = "MSG_SD_NOBEHAVIOR" | "MSG_TYPE_ILLEGAL" | "OPEN_ID_IS_ILLEGAL" | "SYSTEM_ERROR" | "MSG_SD_EVENT_TYPE_NOT_EXISTS" | "MSG_SD_FOLLOW_NOT_EXISTS" | "MSG_SD_OVER_TIME" | "MSG_ENTER_EVENT_OVER_LIMIT";

/**
 * `alipay.mobile.public.message.custom.send`: POST /v3/alipay/mobile/public/message/custom/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicMessageCustomSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicMessageCustomSend, { biz_content: '…' });
 * ```
 */
export const alipayMobilePublicMessageCustomSend: ApiDefinition<"alipay.mobile.public.message.custom.send", AlipayMobilePublicMessageCustomSendRequest, AlipayMobilePublicMessageCustomSendResult, AlipayMobilePublicMessageCustomSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.message.custom.send",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ code: 0, msg: 0 }),
);
