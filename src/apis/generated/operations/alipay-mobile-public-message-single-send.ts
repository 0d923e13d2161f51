// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.message.single.send` (POST /v3/alipay/mobile/public/message/single/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicMessageSingleSendRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobilePublicMessageSingleSendRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.message.single.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicMessageSingleSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicMessageSingleSendResult {
  code?: string;
  msg?: string;
}

/**
 * The error codes of `alipay.mobile.public.message.single.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMobilePublicMessageSingleSendErrorCode = "OPENID_INVALID";
 * ```
 */
export type AlipayMobilePublicMessageSingleSendErrorCode = "OPENID_INVALID";

/**
 * `alipay.mobile.public.message.single.send`: POST /v3/alipay/mobile/public/message/single/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicMessageSingleSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicMessageSingleSend, { biz_content: '…' });
 * ```
 */
export const alipayMobilePublicMessageSingleSend: ApiDefinition<"alipay.mobile.public.message.single.send", AlipayMobilePublicMessageSingleSendRequest, AlipayMobilePublicMessageSingleSendResult, AlipayMobilePublicMessageSingleSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.message.single.send",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ code: 0, msg: 0 }),
);
