// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.tradecomplain.feedback.submit` (POST /v3/alipay/merchant/tradecomplain/feedback: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantTradecomplainFeedbackSubmitRequest = { complain_event_id: '…', feedback_code: '…' };
 * ```
 */
export interface AlipayMerchantTradecomplainFeedbackSubmitRequest {
  complain_event_id?: string;
  feedback_code?: string;
  feedback_content?: string;
  feedback_images?: string;
  operator?: string;
}

/**
 * The result of `alipay.merchant.tradecomplain.feedback.submit`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantTradecomplainFeedbackSubmitResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMerchantTradecomplainFeedbackSubmitResult = Record<string, never>;

/**
 * The error codes of `alipay.merchant.tradecomplain.feedback.submit` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantTradecomplainFeedbackSubmitErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMerchantTradecomplainFeedbackSubmitErrorCode = "SYSTEM_ERROR" | "SUBMIT_CONTENT_VIOLATION" | "AUTHORITY_ILLEGAL" | "PARAM_ILLEGAL" | "REFUND_FEEDBACK_FAILED" | "STATUS_CHANGED" | "WAITING_REFUND" | "REFUND_ALREADY_SUCCEED" | "SECURITY_INTERCEPT";

/**
 * `alipay.merchant.tradecomplain.feedback.submit`: POST /v3/alipay/merchant/tradecomplain/feedback over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantTradecomplainFeedbackSubmit } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantTradecomplainFeedbackSubmit, { complain_event_id: '…', feedback_code: '…' });
 * ```
 */
export const alipayMerchantTradecomplainFeedbackSubmit: ApiDefinition<"alipay.merchant.tradecomplain.feedback.submit", AlipayMerchantTradecomplainFeedbackSubmitRequest, AlipayMerchantTradecomplainFeedbackSubmitResult, AlipayMerchantTradecomplainFeedbackSubmitErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.tradecomplain.feedback.submit",
  { verb: 'POST', path: "/v3/alipay/merchant/tradecomplain/feedback" },
  () => ({ complain_event_id: 0, feedback_code: 0, feedback_content: 0, feedback_images: 0, operator: 0 }),
  () => ({}),
);
