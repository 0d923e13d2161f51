// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.voucher.append` (POST /v3/alipay/marketing/activity/voucher/append: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherAppendRequest = { activity_id: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityVoucherAppendRequest {
  activity_id?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
  voucher_quantity?: number;
}

/**
 * The result of `alipay.marketing.activity.voucher.append`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherAppendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherAppendResult {
  recharge_url?: string;
}

/**
 * The error codes of `alipay.marketing.activity.voucher.append` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherAppendErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityVoucherAppendErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.marketing.activity.voucher.append`: POST /v3/alipay/marketing/activity/voucher/append over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherAppend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherAppend, { activity_id: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityVoucherAppend: ApiDefinition<"alipay.marketing.activity.voucher.append", AlipayMarketingActivityVoucherAppendRequest, AlipayMarketingActivityVoucherAppendResult, AlipayMarketingActivityVoucherAppendErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucher.append",
  'POST',
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0, voucher_quantity: 1 }),
  () => ({ recharge_url: 0 }),
);
