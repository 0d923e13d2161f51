// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.campaign.cash.detail.query` (GET /v3/alipay/marketing/campaign/cash/detail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCampaignCashDetailQueryRequest = { crowd_no: "POYb84lfiKVdIfERAYsqPL_KQRIpfQbl47xfRmmPBlDMnSZ96O-zxUfKlHp5cxmx" };
 * ```
 */
export interface AlipayMarketingCampaignCashDetailQueryRequest {
  /** A query parameter (v3). */
  crowd_no?: string;
}

/**
 * The result of `alipay.marketing.campaign.cash.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCampaignCashDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCampaignCashDetailQueryResult {
  camp_status?: string;
  coupon_name?: string;
  crowd_no?: string;
  end_time?: string;
  origin_crowd_no?: string;
  prize_msg?: string;
  prize_type?: string;
  send_amount?: string;
  start_time?: string;
  total_amount?: string;
  total_count?: number;
  total_num?: number;
}

/**
 * The error codes of `alipay.marketing.campaign.cash.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCampaignCashDetailQueryErrorCode = "UNKNOW_SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingCampaignCashDetailQueryErrorCode = "UNKNOW_SYSTEM_ERROR" | "CASH_CAMPAIGN_NOT_EXIST" | "BIZ_CONTENT_IS_EMPTY" | "BIZ_CONTENT_FORMAT_ERROR" | "PRODUCT_IS_NOT_OPENED" | "CALL_TOO_FREQUENCY" | "CAMP_OPERATOR_ILLEGAL";

/**
 * `alipay.marketing.campaign.cash.detail.query`: GET /v3/alipay/marketing/campaign/cash/detail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCampaignCashDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCampaignCashDetailQuery, { crowd_no: "POYb84lfiKVdIfERAYsqPL_KQRIpfQbl47xfRmmPBlDMnSZ96O-zxUfKlHp5cxmx" });
 * ```
 */
export const alipayMarketingCampaignCashDetailQuery: ApiDefinition<"alipay.marketing.campaign.cash.detail.query", AlipayMarketingCampaignCashDetailQueryRequest, AlipayMarketingCampaignCashDetailQueryResult, AlipayMarketingCampaignCashDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.campaign.cash.detail.query",
  { verb: 'GET', query: ["crowd_no"] },
  () => ({ crowd_no: 0 }),
  () => ({ camp_status: 0, coupon_name: 0, crowd_no: 0, end_time: 0, origin_crowd_no: 0, prize_msg: 0, prize_type: 0, send_amount: 0, start_time: 0, total_amount: 0, total_count: 1, total_num: 1 }),
);
