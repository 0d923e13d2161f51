// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.disassociate` (POST /v3/alipay/marketing/activity/ordervoucher/disassociate: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherDisassociateRequest = { activity_id: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherDisassociateRequest {
  activity_id?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
  trade_no?: string;
  voucher_code?: string;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.disassociate`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherDisassociateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherDisassociateResult {
  disassociate_time?: string;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.disassociate` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherDisassociateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherDisassociateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ACTIVITY_NOT_EXIST" | "VOUCHER_NOT_EXIST" | "ACTIVITY_NOT_PERMISSION" | "VOUCHER_ASSOCIATE_TRADE_NO_ERROR";

/**
 * `alipay.marketing.activity.ordervoucher.disassociate`: POST /v3/alipay/marketing/activity/ordervoucher/disassociate over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherDisassociate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherDisassociate, { activity_id: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherDisassociate: ApiDefinition<"alipay.marketing.activity.ordervoucher.disassociate", AlipayMarketingActivityOrdervoucherDisassociateRequest, AlipayMarketingActivityOrdervoucherDisassociateResult, AlipayMarketingActivityOrdervoucherDisassociateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.disassociate",
  'POST',
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0, trade_no: 0, voucher_code: 0 }),
  () => ({ disassociate_time: 0 }),
);
