// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.card.message.notify` (POST /v3/alipay/marketing/card/message/notify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardMessageNotifyRequest = { notify_info: '…', notify_no: '…' };
 * ```
 */
export interface AlipayMarketingCardMessageNotifyRequest {
  notify_info?: string;
  notify_no?: string;
  notify_type?: string;
  occur_time?: string;
  target_card_no?: string;
  target_card_no_type?: string;
}

/**
 * The result of `alipay.marketing.card.message.notify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardMessageNotifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardMessageNotifyResult {
  result_code?: string;
}

/**
 * The error codes of `alipay.marketing.card.message.notify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardMessageNotifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardMessageNotifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "CARD_NOT_EXIT";

/**
 * `alipay.marketing.card.message.notify`: POST /v3/alipay/marketing/card/message/notify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardMessageNotify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardMessageNotify, { notify_info: '…', notify_no: '…' });
 * ```
 */
export const alipayMarketingCardMessageNotify: ApiDefinition<"alipay.marketing.card.message.notify", AlipayMarketingCardMessageNotifyRequest, AlipayMarketingCardMessageNotifyResult, AlipayMarketingCardMessageNotifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.message.notify",
  'POST',
  () => ({ notify_info: 0, notify_no: 0, notify_type: 0, occur_time: 0, target_card_no: 0, target_card_no_type: 0 }),
  () => ({ result_code: 0 }),
);
