// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.associate` (POST /v3/alipay/marketing/activity/ordervoucher/associate: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherAssociateRequest = { activity_id: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherAssociateRequest {
  activity_id?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
  trade_no?: string;
  voucher_code?: string;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.associate`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherAssociateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherAssociateResult {
  associate_time?: string;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.associate` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherAssociateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherAssociateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ACTIVITY_NOT_EXIST" | "VOUCHER_NOT_EXIST" | "ACTIVITY_NOT_PERMISSION" | "VOUCHER_ASSOCIATE_OTHER_TRADE_NO";

/**
 * `alipay.marketing.activity.ordervoucher.associate`: POST /v3/alipay/marketing/activity/ordervoucher/associate over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherAssociate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherAssociate, { activity_id: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherAssociate: ApiDefinition<"alipay.marketing.activity.ordervoucher.associate", AlipayMarketingActivityOrdervoucherAssociateRequest, AlipayMarketingActivityOrdervoucherAssociateResult, AlipayMarketingActivityOrdervoucherAssociateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.associate",
  'POST',
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0, trade_no: 0, voucher_code: 0 }),
  () => ({ associate_time: 0 }),
);
