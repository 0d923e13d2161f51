// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.campaign.cash.create` (POST /v3/alipay/marketing/campaign/cash/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCampaignCashCreateRequest = { coupon_name: '…', end_time: '…' };
 * ```
 */
export interface AlipayMarketingCampaignCashCreateRequest {
  coupon_name?: string;
  end_time?: string;
  merchant_link?: string;
  prize_msg?: string;
  prize_type?: string;
  send_freqency?: string;
  start_time?: string;
  total_money?: string;
  total_num?: string;
}

/**
 * The result of `alipay.marketing.campaign.cash.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCampaignCashCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCampaignCashCreateResult {
  crowd_no?: string;
  origin_crowd_no?: string;
  pay_url?: string;
}

/**
 * The error codes of `alipay.marketing.campaign.cash.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCampaignCashCreateErrorCode = "UNKNOW_SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingCampaignCashCreateErrorCode = "UNKNOW_SYSTEM_ERROR" | "SENSITIVE_WORD_CHECK_FAILED" | "CASH_PRIZE_TYPE_ERROR" | "CASH_TIME_CHECK_FAILED" | "CASH_COUNT_TOO_SMALL" | "CASH_AMOUNT_TOO_MUCH" | "CASH_PER_AMOUNT_TOO_MUCH" | "CASH_COUNT_TOO_MUCH" | "CASH_AMOUNT_TOO_SMALL" | "CASH_COUPON_NAME_CHECK_FAILED" | "CASH_PRIZE_MSG_CHECK_FAILED" | "BIZ_CONTENT_IS_EMPTY" | "BIZ_CONTENT_FORMAT_ERROR" | "PRODUCT_IS_NOT_OPENED" | "CALL_TOO_FREQUENCY" | "CREATOR_LIMIT_ERROR" | "CREATOR_NOT_REALNAME" | "SYSTEM_LIMIT_ERROR" | "CASH_MERCHANT_LINK_CHECK_FAILED" | "CASH_PER_AMOUNT_TOO_SMALL" | "CASH_SEND_FREQUENCY_ERROR";

/**
 * `alipay.marketing.campaign.cash.create`: POST /v3/alipay/marketing/campaign/cash/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCampaignCashCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCampaignCashCreate, { coupon_name: '…', end_time: '…' });
 * ```
 */
export const alipayMarketingCampaignCashCreate: ApiDefinition<"alipay.marketing.campaign.cash.create", AlipayMarketingCampaignCashCreateRequest, AlipayMarketingCampaignCashCreateResult, AlipayMarketingCampaignCashCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.campaign.cash.create",
  'POST',
  () => ({ coupon_name: 0, end_time: 0, merchant_link: 0, prize_msg: 0, prize_type: 0, send_freqency: 0, start_time: 0, total_money: 0, total_num: 0 }),
  () => ({ crowd_no: 0, origin_crowd_no: 0, pay_url: 0 }),
);
