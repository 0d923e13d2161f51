// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.voucher.send` (POST /v3/alipay/marketing/activity/voucher/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherSendRequest = { activity_id: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityVoucherSendRequest {
  activity_id?: string;
  merchant_access_mode?: string;
  open_id?: string;
  out_biz_no?: string;
  user_id?: string;
}

/**
 * The result of `alipay.marketing.activity.voucher.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherSendResult {
  voucher_id?: string;
}

/**
 * The error codes of `alipay.marketing.activity.voucher.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherSendErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityVoucherSendErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ACTIVITY_NOT_ACTIVE" | "ACTIVITY_NOT_START" | "ACTIVITY_IS_END" | "ACTIVITY_IS_STOPED" | "BUDGET_NOT_ENOUGH" | "COUNT_OVER_LIMIT";

/**
 * `alipay.marketing.activity.voucher.send`: POST /v3/alipay/marketing/activity/voucher/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherSend, { activity_id: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityVoucherSend: ApiDefinition<"alipay.marketing.activity.voucher.send", AlipayMarketingActivityVoucherSendRequest, AlipayMarketingActivityVoucherSendResult, AlipayMarketingActivityVoucherSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucher.send",
  'POST',
  () => ({ activity_id: 0, merchant_access_mode: 0, open_id: 0, out_biz_no: 0, user_id: 0 }),
  () => ({ voucher_id: 0 }),
);
