// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.append` (PATCH /v3/alipay/marketing/ordervoucher/activity/{activity_id}/append: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherAppendRequest = { activity_id: "2016042700826004508401111111", merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherAppendRequest {
  /** A path parameter (v3). */
  activity_id: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
  voucher_quantity?: number;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.append`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherAppendResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMarketingActivityOrdervoucherAppendResult = Record<string, never>;

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.append` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherAppendErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherAppendErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.marketing.activity.ordervoucher.append`: PATCH /v3/alipay/marketing/ordervoucher/activity/{activity_id}/append over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherAppend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherAppend, { activity_id: "2016042700826004508401111111", merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherAppend: ApiDefinition<"alipay.marketing.activity.ordervoucher.append", AlipayMarketingActivityOrdervoucherAppendRequest, AlipayMarketingActivityOrdervoucherAppendResult, AlipayMarketingActivityOrdervoucherAppendErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.append",
  { verb: 'PATCH', path: "/v3/alipay/marketing/ordervoucher/activity/{activity_id}/append" },
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0, voucher_quantity: 1 }),
  () => ({}),
);
