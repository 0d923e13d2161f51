// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.voucher.stop` (POST /v3/alipay/marketing/activity/voucher/stop: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherStopRequest = { activity_id: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityVoucherStopRequest {
  activity_id?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.marketing.activity.voucher.stop`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherStopResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMarketingActivityVoucherStopResult = Record<string, never>;

/**
 * The error codes of `alipay.marketing.activity.voucher.stop` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherStopErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityVoucherStopErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.marketing.activity.voucher.stop`: POST /v3/alipay/marketing/activity/voucher/stop over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherStop } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherStop, { activity_id: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityVoucherStop: ApiDefinition<"alipay.marketing.activity.voucher.stop", AlipayMarketingActivityVoucherStopRequest, AlipayMarketingActivityVoucherStopResult, AlipayMarketingActivityVoucherStopErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucher.stop",
  'POST',
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0 }),
  () => ({}),
);
