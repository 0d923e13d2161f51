// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.voucher.publish` (POST /v3/alipay/marketing/activity/voucher/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherPublishRequest = { activity_id: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityVoucherPublishRequest {
  activity_id?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.marketing.activity.voucher.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherPublishResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherPublishResult {
  recharge_url?: string;
}

/**
 * The error codes of `alipay.marketing.activity.voucher.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherPublishErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityVoucherPublishErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "BUSINESS_HAS_RISK";

/**
 * `alipay.marketing.activity.voucher.publish`: POST /v3/alipay/marketing/activity/voucher/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherPublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherPublish, { activity_id: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityVoucherPublish: ApiDefinition<"alipay.marketing.activity.voucher.publish", AlipayMarketingActivityVoucherPublishRequest, AlipayMarketingActivityVoucherPublishResult, AlipayMarketingActivityVoucherPublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucher.publish",
  'POST',
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0 }),
  () => ({ recharge_url: 0 }),
);
