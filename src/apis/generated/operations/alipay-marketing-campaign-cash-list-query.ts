// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.campaign.cash.list.query` (GET /v3/alipay/marketing/campaign/cash/list/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCampaignCashListQueryRequest = { camp_status: "PAID", page_size: "10" };
 * ```
 */
export interface AlipayMarketingCampaignCashListQueryRequest {
  /** A query parameter (v3). */
  camp_status?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  page_index?: string;
}

/**
 * The result of `alipay.marketing.campaign.cash.list.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCampaignCashListQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCampaignCashListQueryResult {
  camp_list?: CashCampaignInfo[];
  page_index?: string;
  page_size?: string;
  total_size?: string;
}

/**
 * The error codes of `alipay.marketing.campaign.cash.list.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCampaignCashListQueryErrorCode = "BIZ_CONTENT_IS_EMPTY";
 * ```
 */
export type AlipayMarketingCampaignCashListQueryErrorCode = "BIZ_CONTENT_IS_EMPTY" | "CASH_LIST_PAGE_CHECK_FAILED" | "BIZ_CONTENT_FORMAT_ERROR" | "CALL_TOO_FREQUENCY" | "PRODUCT_IS_NOT_OPENED";

/**
 * `CashCampaignInfo`, a model of Alipay's v3 description (in `alipay.marketing.campaign.cash.list.query`).
 *
 * @example
 * ```ts
 * const value: CashCampaignInfo = { camp_status: '…', coupon_name: '…' };
 * ```
 */
export interface CashCampaignInfo {
  camp_status?: string;
  coupon_name?: string;
  crowd_no?: string;
  origin_crowd_no?: string;
}
const CashCampaignInfoShape = (): object => ({ camp_status: 0, coupon_name: 0, crowd_no: 0, origin_crowd_no: 0 });

/**
 * `alipay.marketing.campaign.cash.list.query`: GET /v3/alipay/marketing/campaign/cash/list/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCampaignCashListQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCampaignCashListQuery, { camp_status: "PAID", page_size: "10" });
 * ```
 */
export const alipayMarketingCampaignCashListQuery: ApiDefinition<"alipay.marketing.campaign.cash.list.query", AlipayMarketingCampaignCashListQueryRequest, AlipayMarketingCampaignCashListQueryResult, AlipayMarketingCampaignCashListQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.campaign.cash.list.query",
  { verb: 'GET', query: ["camp_status", "page_size", "page_index"] },
  () => ({ camp_status: 0, page_size: 0, page_index: 0 }),
  () => ({ camp_list: [CashCampaignInfoShape], page_index: 0, page_size: 0, total_size: 0 }),
);
