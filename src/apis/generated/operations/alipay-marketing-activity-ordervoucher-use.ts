// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type VoucherUseDetailResultInfo, VoucherUseDetailResultInfoShape } from '../models/VoucherUseDetailResultInfo.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.use` (POST /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/{voucher_code}/use: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherUseRequest = { activity_id: "2016042700826004508401111111", voucher_code: "ABE44", biz_dt: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherUseRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A path parameter (v3). */
  voucher_code: string;
  biz_dt?: string;
  goods_detail?: GoodsDetailDTO[];
  merchant_access_mode?: string;
  out_biz_no?: string;
  real_shop_id?: string;
  store_id?: string;
  total_fee?: string;
  trade_channel?: string;
  trade_no?: string;
  voucher_use_detail_info?: VoucherUseDetailInfo;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.use`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherUseResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherUseResult {
  activity_id?: string;
  voucher_use_detail_result_info?: VoucherUseDetailResultInfo;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.use` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherUseErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherUseErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "ACTIVITY_NOT_PERMISSION";

/**
 * `GoodsDetailDTO`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.use`).
 *
 * @example
 * ```ts
 * const value: GoodsDetailDTO = { goods_id: '…', goods_name: '…' };
 * ```
 */
export interface GoodsDetailDTO {
  goods_id?: string;
  goods_name?: string;
  price?: string;
  quantity?: number;
}
const GoodsDetailDTOShape = (): object => ({ goods_id: 0, goods_name: 0, price: 0, quantity: 1 });

/**
 * `VoucherUseDetailInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.use`).
 *
 * @example
 * ```ts
 * const value: VoucherUseDetailInfo = { voucher_use_times: 1 };
 * ```
 */
export interface VoucherUseDetailInfo {
  voucher_use_times?: number;
}
const VoucherUseDetailInfoShape = (): object => ({ voucher_use_times: 1 });

/**
 * `alipay.marketing.activity.ordervoucher.use`: POST /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/{voucher_code}/use over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherUse } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherUse, { activity_id: "2016042700826004508401111111", voucher_code: "ABE44", biz_dt: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherUse: ApiDefinition<"alipay.marketing.activity.ordervoucher.use", AlipayMarketingActivityOrdervoucherUseRequest, AlipayMarketingActivityOrdervoucherUseResult, AlipayMarketingActivityOrdervoucherUseErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.use",
  { verb: 'POST', path: "/v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/{voucher_code}/use" },
  () => ({ activity_id: 0, voucher_code: 0, biz_dt: 0, goods_detail: [GoodsDetailDTOShape], merchant_access_mode: 0, out_biz_no: 0, real_shop_id: 0, store_id: 0, total_fee: 0, trade_channel: 0, trade_no: 0, voucher_use_detail_info: VoucherUseDetailInfoShape }),
  () => ({ activity_id: 0, voucher_use_detail_result_info: VoucherUseDetailResultInfoShape }),
);
