// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.campaign.cash.status.modify` (POST /v3/alipay/marketing/campaign/cash/status/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCampaignCashStatusModifyRequest = { camp_status: '…', crowd_no: '…' };
 * ```
 */
export interface AlipayMarketingCampaignCashStatusModifyRequest {
  camp_status?: string;
  crowd_no?: string;
}

/**
 * The result of `alipay.marketing.campaign.cash.status.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCampaignCashStatusModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMarketingCampaignCashStatusModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.marketing.campaign.cash.status.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCampaignCashStatusModifyErrorCode = "UNKNOW_SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingCampaignCashStatusModifyErrorCode = "UNKNOW_SYSTEM_ERROR" | "CASH_CURRENT_STATE_CANNOT_MODIFY" | "CASH_TARGET_STATE_NOT_ILLEGAL" | "CASH_CAMPAIGN_NOT_EXIST" | "BIZ_CONTENT_IS_EMPTY" | "BIZ_CONTENT_FORMAT_ERROR" | "PRODUCT_IS_NOT_OPENED" | "CALL_TOO_FREQUENCY" | "CAMPAIGN_CREATE_OVER_LIMIT" | "CAMP_OPERATOR_ILLEGAL";

/**
 * `alipay.marketing.campaign.cash.status.modify`: POST /v3/alipay/marketing/campaign/cash/status/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCampaignCashStatusModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCampaignCashStatusModify, { camp_status: '…', crowd_no: '…' });
 * ```
 */
export const alipayMarketingCampaignCashStatusModify: ApiDefinition<"alipay.marketing.campaign.cash.status.modify", AlipayMarketingCampaignCashStatusModifyRequest, AlipayMarketingCampaignCashStatusModifyResult, AlipayMarketingCampaignCashStatusModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.campaign.cash.status.modify",
  'POST',
  () => ({ camp_status: 0, crowd_no: 0 }),
  () => ({}),
);
