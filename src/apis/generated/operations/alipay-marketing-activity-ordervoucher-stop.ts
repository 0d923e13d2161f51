// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.stop` (PATCH /v3/alipay/marketing/ordervoucher/activity/{activity_id}/stop: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherStopRequest = { activity_id: "2016042700826004508401111111", merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherStopRequest {
  /** A path parameter (v3). */
  activity_id: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.stop`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherStopResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMarketingActivityOrdervoucherStopResult = Record<string, never>;

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.stop` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherStopErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherStopErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.marketing.activity.ordervoucher.stop`: PATCH /v3/alipay/marketing/ordervoucher/activity/{activity_id}/stop over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherStop } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherStop, { activity_id: "2016042700826004508401111111", merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherStop: ApiDefinition<"alipay.marketing.activity.ordervoucher.stop", AlipayMarketingActivityOrdervoucherStopRequest, AlipayMarketingActivityOrdervoucherStopResult, AlipayMarketingActivityOrdervoucherStopErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.stop",
  { verb: 'PATCH', path: "/v3/alipay/marketing/ordervoucher/activity/{activity_id}/stop" },
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0 }),
  () => ({}),
);
