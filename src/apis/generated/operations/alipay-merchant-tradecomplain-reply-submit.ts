// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.tradecomplain.reply.submit` (POST /v3/alipay/merchant/tradecomplain/reply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantTradecomplainReplySubmitRequest = { complain_event_id: '…', reply_content: '…' };
 * ```
 */
export interface AlipayMerchantTradecomplainReplySubmitRequest {
  complain_event_id?: string;
  reply_content?: string;
  reply_images?: string;
}

/**
 * The result of `alipay.merchant.tradecomplain.reply.submit`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantTradecomplainReplySubmitResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMerchantTradecomplainReplySubmitResult = Record<string, never>;

/**
 * The error codes of `alipay.merchant.tradecomplain.reply.submit` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantTradecomplainReplySubmitErrorCode = "WAITING_REFUND";
 * ```
 */
export type AlipayMerchantTradecomplainReplySubmitErrorCode = "WAITING_REFUND" | "PARAM_ILLEGAL" | "AUTHORITY_ILLEGAL" | "SYSTEM_ERROR" | "STATUS_CHANGED" | "SUBMIT_CONTENT_VIOLATION";

/**
 * `alipay.merchant.tradecomplain.reply.submit`: POST /v3/alipay/merchant/tradecomplain/reply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantTradecomplainReplySubmit } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantTradecomplainReplySubmit, { complain_event_id: '…', reply_content: '…' });
 * ```
 */
export const alipayMerchantTradecomplainReplySubmit: ApiDefinition<"alipay.merchant.tradecomplain.reply.submit", AlipayMerchantTradecomplainReplySubmitRequest, AlipayMerchantTradecomplainReplySubmitResult, AlipayMerchantTradecomplainReplySubmitErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.tradecomplain.reply.submit",
  { verb: 'POST', path: "/v3/alipay/merchant/tradecomplain/reply" },
  () => ({ complain_event_id: 0, reply_content: 0, reply_images: 0 }),
  () => ({}),
);
