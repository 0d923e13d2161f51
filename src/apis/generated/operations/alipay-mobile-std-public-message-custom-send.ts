// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.mobile.std.public.message.custom.send` (POST /v3/alipay/mobile/std/public/message/custom/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMobileStdPublicMessageCustomSendRequest = { biz_content: '…' };
 * ```
 */
export interface AlipayMobileStdPublicMessageCustomSendRequest {
  biz_content?: string;
}

/**
 * The result of `alipay.mobile.std.public.message.custom.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMobileStdPublicMessageCustomSendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMobileStdPublicMessageCustomSendResult = Record<string, never>;

/**
 * The error codes of `alipay.mobile.std.public.message.custom.send` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayMobileStdPublicMessageCustomSendErrorCode; // never: none listed
 * ```
 */
export type AlipayMobileStdPublicMessageCustomSendErrorCode = never;

/**
 * `alipay.mobile.std.public.message.custom.send`: POST /v3/alipay/mobile/std/public/message/custom/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMobileStdPublicMessageCustomSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMobileStdPublicMessageCustomSend, { biz_content: '…' });
 * ```
 */
export const alipayMobileStdPublicMessageCustomSend: ApiDefinition<"alipay.mobile.std.public.message.custom.send", AlipayMobileStdPublicMessageCustomSendRequest, AlipayMobileStdPublicMessageCustomSendResult, AlipayMobileStdPublicMessageCustomSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.mobile.std.public.message.custom.send",
  'POST',
  () => ({ biz_content: 0 }),
  () => ({}),
);
