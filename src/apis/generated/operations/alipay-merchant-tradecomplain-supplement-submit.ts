// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.tradecomplain.supplement.submit` (POST /v3/alipay/merchant/tradecomplain/supplement: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantTradecomplainSupplementSubmitRequest = { complain_event_id: '…', supplement_content: '…' };
 * ```
 */
export interface AlipayMerchantTradecomplainSupplementSubmitRequest {
  complain_event_id?: string;
  supplement_content?: string;
  supplement_images?: string;
}

/**
 * The result of `alipay.merchant.tradecomplain.supplement.submit`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantTradecomplainSupplementSubmitResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMerchantTradecomplainSupplementSubmitResult = Record<string, never>;

/**
 * The error codes of `alipay.merchant.tradecomplain.supplement.submit` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantTradecomplainSupplementSubmitErrorCode = "WAITING_REFUND";
 * ```
 */
export type AlipayMerchantTradecomplainSupplementSubmitErrorCode = "WAITING_REFUND" | "PARAM_ILLEGAL" | "AUTHORITY_ILLEGAL" | "SYSTEM_ERROR" | "STATUS_CHANGED" | "SUBMIT_CONTENT_VIOLATION";

/**
 * `alipay.merchant.tradecomplain.supplement.submit`: POST /v3/alipay/merchant/tradecomplain/supplement over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantTradecomplainSupplementSubmit } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantTradecomplainSupplementSubmit, { complain_event_id: '…', supplement_content: '…' });
 * ```
 */
export const alipayMerchantTradecomplainSupplementSubmit: ApiDefinition<"alipay.merchant.tradecomplain.supplement.submit", AlipayMerchantTradecomplainSupplementSubmitRequest, AlipayMerchantTradecomplainSupplementSubmitResult, AlipayMerchantTradecomplainSupplementSubmitErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.tradecomplain.supplement.submit",
  { verb: 'POST', path: "/v3/alipay/merchant/tradecomplain/supplement" },
  () => ({ complain_event_id: 0, supplement_content: 0, supplement_images: 0 }),
  () => ({}),
);
