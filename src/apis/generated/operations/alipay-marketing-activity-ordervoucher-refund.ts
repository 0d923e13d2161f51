// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type VoucherUseDetailResultInfo, VoucherUseDetailResultInfoShape } from '../models/VoucherUseDetailResultInfo.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.refund` (POST /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/{voucher_code}/refund: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherRefundRequest = { activity_id: "2016042700826004508401111111", voucher_code: "ABE44", biz_dt: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherRefundRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A path parameter (v3). */
  voucher_code: string;
  biz_dt?: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
  total_fee?: string;
  voucher_refund_detail_info?: VoucherRefundDetailInfo;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.refund`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherRefundResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherRefundResult {
  activity_id?: string;
  voucher_use_detail_result_info?: VoucherUseDetailResultInfo;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.refund` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherRefundErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherRefundErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `VoucherRefundDetailInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.refund`).
 *
 * @example
 * ```ts
 * const value: VoucherRefundDetailInfo = { voucher_refund_use_times: 1 };
 * ```
 */
export interface VoucherRefundDetailInfo {
  voucher_refund_use_times?: number;
}
const VoucherRefundDetailInfoShape = (): object => ({ voucher_refund_use_times: 1 });

/**
 * `alipay.marketing.activity.ordervoucher.refund`: POST /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/{voucher_code}/refund over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherRefund } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherRefund, { activity_id: "2016042700826004508401111111", voucher_code: "ABE44", biz_dt: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherRefund: ApiDefinition<"alipay.marketing.activity.ordervoucher.refund", AlipayMarketingActivityOrdervoucherRefundRequest, AlipayMarketingActivityOrdervoucherRefundResult, AlipayMarketingActivityOrdervoucherRefundErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.refund",
  { verb: 'POST', path: "/v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/{voucher_code}/refund" },
  () => ({ activity_id: 0, voucher_code: 0, biz_dt: 0, merchant_access_mode: 0, out_biz_no: 0, total_fee: 0, voucher_refund_detail_info: VoucherRefundDetailInfoShape }),
  () => ({ activity_id: 0, voucher_use_detail_result_info: VoucherUseDetailResultInfoShape }),
);
