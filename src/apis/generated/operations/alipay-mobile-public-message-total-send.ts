// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.public.message.total.send` (POST /v3/alipay/mobile/public/message/total/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobilePublicMessageTotalSendRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobilePublicMessageTotalSendRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.public.message.total.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobilePublicMessageTotalSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMobilePublicMessageTotalSendResult {
  code?: string;
  data?: string;
  msg?: string;
}

/**
 * The error codes of `alipay.mobile.public.message.total.send` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobilePublicMessageTotalSendErrorCode; // never: none listed
 * ```
 */
export type AlipayMobilePublicMessageTotalSendErrorCode = never;

/**
 * `alipay.mobile.public.message.total.send`: POST /v3/alipay/mobile/public/message/total/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobilePublicMessageTotalSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobilePublicMessageTotalSend, { biz_content: '…' });
 * ```
 */
export const alipayMobilePublicMessageTotalSend: ApiDefinition<"alipay.mobile.public.message.total.send", AlipayMobilePublicMessageTotalSendRequest, AlipayMobilePublicMessageTotalSendResult, AlipayMobilePublicMessageTotalSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.public.message.total.send",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({ code: 0, data: 0, msg: 0 }),
);
