// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type BelongMerchantInfo, BelongMerchantInfoShape } from '../models/BelongMerchantInfo.ts';
import { type CustomerGuide, CustomerGuideShape } from '../models/CustomerGuide.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayInfo, VoucherDisplayInfoShape } from '../models/VoucherDisplayInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherInventoryInfo, VoucherInventoryInfoShape } from '../models/VoucherInventoryInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherSendRuleDetail, VoucherSendRuleDetailShape } from '../models/VoucherSendRuleDetail.ts';
import { type VoucherSummary, VoucherSummaryShape } from '../models/VoucherSummary.ts';
import { type VoucherUseRule, VoucherUseRuleShape } from '../models/VoucherUseRule.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.query` (GET /v3/alipay/marketing/activity/ordervoucher/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherQueryRequest = { activity_id: "2016042700826004508401111111", merchant_access_mode: "AGENCY_MODE" };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherQueryRequest {
  /** A query parameter (v3). */
  activity_id?: string;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherQueryResult {
  activity_base_info?: ActivityBaseInfo;
  activity_id?: string;
  activity_name?: string;
  activity_operation_status?: string;
  activity_status?: string;
  belong_merchant_info?: BelongMerchantInfo;
  biz_tag?: string;
  customer_guide?: CustomerGuide;
  publish_end_time?: string;
  publish_start_time?: string;
  summary?: VoucherSummary;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_info?: VoucherDisplayInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_inventory_info?: VoucherInventoryInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_send_rule?: VoucherSendRuleDetail;
  voucher_type?: string;
  voucher_use_rule?: VoucherUseRule;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.marketing.activity.ordervoucher.query`: GET /v3/alipay/marketing/activity/ordervoucher/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherQuery, { activity_id: "2016042700826004508401111111", merchant_access_mode: "AGENCY_MODE" });
 * ```
 */
export const alipayMarketingActivityOrdervoucherQuery: ApiDefinition<"alipay.marketing.activity.ordervoucher.query", AlipayMarketingActivityOrdervoucherQueryRequest, AlipayMarketingActivityOrdervoucherQueryResult, AlipayMarketingActivityOrdervoucherQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.query",
  { verb: 'GET', query: ["activity_id", "merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_access_mode: 0 }),
  () => ({ activity_base_info: ActivityBaseInfoShape, activity_id: 0, activity_name: 0, activity_operation_status: 0, activity_status: 0, belong_merchant_info: BelongMerchantInfoShape, biz_tag: 0, customer_guide: CustomerGuideShape, publish_end_time: 0, publish_start_time: 0, summary: VoucherSummaryShape, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_info: VoucherDisplayInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_inventory_info: VoucherInventoryInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_send_rule: VoucherSendRuleDetailShape, voucher_type: 0, voucher_use_rule: VoucherUseRuleShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
);
