// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.campaign.cash.trigger` (POST /v3/alipay/marketing/campaign/cash/trigger: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCampaignCashTriggerRequest = { crowd_no: '…', login_id: '…' };
 * ```
 */
export interface AlipayMarketingCampaignCashTriggerRequest {
  crowd_no?: string;
  login_id?: string;
  open_id?: string;
  order_price?: string;
  out_biz_no?: string;
  user_id?: string;
}

/**
 * The result of `alipay.marketing.campaign.cash.trigger`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCampaignCashTriggerResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCampaignCashTriggerResult {
  biz_no?: string;
  coupon_name?: string;
  error_msg?: string;
  merchant_logo?: string;
  out_biz_no?: string;
  partner_id?: string;
  prize_amount?: string;
  prize_msg?: string;
  repeat_trigger_flag?: string;
  trigger_result?: string;
}

/**
 * The error codes of `alipay.marketing.campaign.cash.trigger` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCampaignCashTriggerErrorCode = "BIZ_CONTENT_IS_EMPTY";
 * ```
 */
export type AlipayMarketingCampaignCashTriggerErrorCode = "BIZ_CONTENT_IS_EMPTY" | "BIZ_CONTENT_FORMAT_ERROR" | "PRODUCT_IS_NOT_OPENED" | "CASH_CROWD_NO_ILLEGAL" | "CASH_CAMPAIGN_NOT_EXIST" | "CASH_CAMPAIGN_NOT_START" | "CASH_CAMPAIGN_IS_OVER" | "CASH_CAMP_BUDGET_INSUFFICIENT" | "CASH_CAMP_NOT_ALLOW_TRIGGER_OWN" | "CASH_CAMPAIGN_SEND_LOG_ILLEGAL" | "UNKNOW_SYSTEM_ERROR" | "USER_ID_ILLEGAL" | "USER_NOT_EXIST" | "ENTERPRISE_USER_NOT_SUPPORT" | "CASH_CAMPAIGN_EMERGENCY_STOP" | "CAMP_OPERATOR_ILLEGAL" | "CTU_HAS_RISK" | "USER_ACCESS_TOTAL_LIMIT" | "USER_ACCESS_FREQUENCY_LIMIT" | "OUT_BIZ_NO_ILLEGAL" | "CALL_TOO_FREQUENCY" | "USER_CERT_NOT_PASS";

/**
 * `alipay.marketing.campaign.cash.trigger`: POST /v3/alipay/marketing/campaign/cash/trigger over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCampaignCashTrigger } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCampaignCashTrigger, { crowd_no: '…', login_id: '…' });
 * ```
 */
export const alipayMarketingCampaignCashTrigger: ApiDefinition<"alipay.marketing.campaign.cash.trigger", AlipayMarketingCampaignCashTriggerRequest, AlipayMarketingCampaignCashTriggerResult, AlipayMarketingCampaignCashTriggerErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.campaign.cash.trigger",
  'POST',
  () => ({ crowd_no: 0, login_id: 0, open_id: 0, order_price: 0, out_biz_no: 0, user_id: 0 }),
  () => ({ biz_no: 0, coupon_name: 0, error_msg: 0, merchant_logo: 0, out_biz_no: 0, partner_id: 0, prize_amount: 0, prize_msg: 0, repeat_trigger_flag: 0, trigger_result: 0 }),
);
