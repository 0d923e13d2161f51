// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.campaign.order.voucher.consult` (POST /v3/alipay/marketing/campaign/order/voucher/consult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCampaignOrderVoucherConsultRequest = { auth_token: '…', business_param: '…' };
 * ```
 */
export interface AlipayMarketingCampaignOrderVoucherConsultRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  business_param?: string;
  item_consult_list?: ItemConsultRequest[];
  order_amount?: string;
  scene_code?: string[];
  specified_app_id?: string;
}

/**
 * The result of `alipay.marketing.campaign.order.voucher.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCampaignOrderVoucherConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCampaignOrderVoucherConsultResult {
  optimal_total_promo_amount?: string;
  voucher_consult_list?: VoucherConsultInfo[];
}

/**
 * The error codes of `alipay.marketing.campaign.order.voucher.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCampaignOrderVoucherConsultErrorCode = "ILLEGAL_ARGUMENT_EXCEPTION";
 * ```
 */
export type AlipayMarketingCampaignOrderVoucherConsultErrorCode = "ILLEGAL_ARGUMENT_EXCEPTION" | "CONSULT_EXCEPTION";

/**
 * `ItemConsultInfo`, a model of Alipay's v3 description (in `alipay.marketing.campaign.order.voucher.consult`).
 *
 * @example
 * ```ts
 * const value: ItemConsultInfo = { item_id: '…', promo_amount: '…' };
 * ```
 */
export interface ItemConsultInfo {
  item_id?: string;
  promo_amount?: string;
  promo_count?: string;
}
const ItemConsultInfoShape = (): object => ({ item_id: 0, promo_amount: 0, promo_count: 0 });

/**
 * `ItemConsultRequest`, a model of Alipay's v3 description (in `alipay.marketing.campaign.order.voucher.consult`).
 *
 * @example
 * ```ts
 * const value: ItemConsultRequest = { item_id: '…', price: '…' };
 * ```
 */
export interface ItemConsultRequest {
  item_id?: string;
  price?: string;
  quantity?: string;
}
const ItemConsultRequestShape = (): object => ({ item_id: 0, price: 0, quantity: 0 });

/**
 * `ItemPromoInfo`, a model of Alipay's v3 description (in `alipay.marketing.campaign.order.voucher.consult`).
 *
 * @example
 * ```ts
 * const value: ItemPromoInfo = { item_cover_pic: '…', item_desc: '…' };
 * ```
 */
export interface ItemPromoInfo {
  item_consult_list?: ItemConsultInfo[];
  item_cover_pic?: string;
  item_desc?: string;
  item_detail_pic_list?: string[];
  item_name?: string;
}
const ItemPromoInfoShape = (): object => ({ item_consult_list: [ItemConsultInfoShape], item_cover_pic: 0, item_desc: 0, item_detail_pic_list: [0], item_name: 0 });

/**
 * `QuotaInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.campaign.order.voucher.consult`).
 *
 * @example
 * ```ts
 * const value: QuotaInfoDTO = { limit_money: '…', limit_times: '…' };
 * ```
 */
export interface QuotaInfoDTO {
  limit_money?: string;
  limit_times?: string;
  remain_money?: string;
  remain_times?: string;
  trade_no?: string;
}
const QuotaInfoDTOShape = (): object => ({ limit_money: 0, limit_times: 0, remain_money: 0, remain_times: 0, trade_no: 0 });

/**
 * `VoucherConsultInfo`, a model of Alipay's v3 description (in `alipay.marketing.campaign.order.voucher.consult`).
 *
 * @example
 * ```ts
 * const value: VoucherConsultInfo = { active_time: '…', asset_type: '…' };
 * ```
 */
export interface VoucherConsultInfo {
  active_time?: string;
  asset_type?: string;
  assets_code?: string;
  ceiling_amount?: string;
  expired_time?: string;
  item_promo_info?: ItemPromoInfo;
  optimal?: boolean;
  promo_amount?: string;
  promo_text?: string;
  promo_type?: string;
  quota_info_list?: QuotaInfoDTO[];
  reduction_amount?: string;
  reduction_ratio?: string;
  specified_amount?: string;
  threshold_amount?: string;
  voucher_id?: string;
  voucher_name?: string;
  voucher_type?: string;
}
const VoucherConsultInfoShape = (): object => ({ active_time: 0, asset_type: 0, assets_code: 0, ceiling_amount: 0, expired_time: 0, item_promo_info: ItemPromoInfoShape, optimal: 2, promo_amount: 0, promo_text: 0, promo_type: 0, quota_info_list: [QuotaInfoDTOShape], reduction_amount: 0, reduction_ratio: 0, specified_amount: 0, threshold_amount: 0, voucher_id: 0, voucher_name: 0, voucher_type: 0 });

/**
 * `alipay.marketing.campaign.order.voucher.consult`: POST /v3/alipay/marketing/campaign/order/voucher/consult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCampaignOrderVoucherConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCampaignOrderVoucherConsult, { auth_token: '…', business_param: '…' });
 * ```
 */
export const alipayMarketingCampaignOrderVoucherConsult: ApiDefinition<"alipay.marketing.campaign.order.voucher.consult", AlipayMarketingCampaignOrderVoucherConsultRequest, AlipayMarketingCampaignOrderVoucherConsultResult, AlipayMarketingCampaignOrderVoucherConsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.campaign.order.voucher.consult",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, business_param: 0, item_consult_list: [ItemConsultRequestShape], order_amount: 0, scene_code: [0], specified_app_id: 0 }),
  () => ({ optimal_total_promo_amount: 0, voucher_consult_list: [VoucherConsultInfoShape] }),
);
