// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.codecount` (GET /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/codecount: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherCodecountRequest = { activity_id: "2016042700826004508401111111", merchant_access_mode: "AGENCY_MODE" };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherCodecountRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.codecount`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherCodecountResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherCodecountResult {
  success_count?: number;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.codecount` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherCodecountErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherCodecountErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.marketing.activity.ordervoucher.codecount`: GET /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/codecount over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherCodecount } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherCodecount, { activity_id: "2016042700826004508401111111", merchant_access_mode: "AGENCY_MODE" });
 * ```
 */
export const alipayMarketingActivityOrdervoucherCodecount: ApiDefinition<"alipay.marketing.activity.ordervoucher.codecount", AlipayMarketingActivityOrdervoucherCodecountRequest, AlipayMarketingActivityOrdervoucherCodecountResult, AlipayMarketingActivityOrdervoucherCodecountErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.codecount",
  { verb: 'GET', path: "/v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/codecount", query: ["merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_access_mode: 0 }),
  () => ({ success_count: 1 }),
);
