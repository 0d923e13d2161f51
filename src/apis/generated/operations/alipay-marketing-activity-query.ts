// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type CommonVoucherDisplayInfo, CommonVoucherDisplayInfoShape } from '../models/CommonVoucherDisplayInfo.ts';
import { type CommonVoucherSendRule, CommonVoucherSendRuleShape } from '../models/CommonVoucherSendRule.ts';
import { type CommonVoucherUseRule, CommonVoucherUseRuleShape } from '../models/CommonVoucherUseRule.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.query` (GET /v3/alipay/marketing/activity/{activity_id}: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityQueryRequest = { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" };
 * ```
 */
export interface AlipayMarketingActivityQueryRequest {
  /** A path parameter (v3). */
  activity_id: string;
  /** A query parameter (v3). */
  merchant_id?: string;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityQueryResult {
  activity_base_info?: ActivityBaseInfo;
  activity_id?: string;
  activity_name?: string;
  activity_status?: string;
  belong_merchant_id?: string;
  publish_end_time?: string;
  publish_start_time?: string;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_info?: CommonVoucherDisplayInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_send_rule?: CommonVoucherSendRule;
  voucher_type?: string;
  voucher_use_rule?: CommonVoucherUseRule;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The error codes of `alipay.marketing.activity.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ACTIVITY_NOT_ACTIVE" | "ACTIVITY_NOT_PERMISSION";

/**
 * `alipay.marketing.activity.query`: GET /v3/alipay/marketing/activity/{activity_id} over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityQuery, { activity_id: "2016042700826004508401111111", merchant_id: "2088202967380463" });
 * ```
 */
export const alipayMarketingActivityQuery: ApiDefinition<"alipay.marketing.activity.query", AlipayMarketingActivityQueryRequest, AlipayMarketingActivityQueryResult, AlipayMarketingActivityQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.query",
  { verb: 'GET', path: "/v3/alipay/marketing/activity/{activity_id}", query: ["merchant_id", "merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_id: 0, merchant_access_mode: 0 }),
  () => ({ activity_base_info: ActivityBaseInfoShape, activity_id: 0, activity_name: 0, activity_status: 0, belong_merchant_id: 0, publish_end_time: 0, publish_start_time: 0, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_info: CommonVoucherDisplayInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_send_rule: CommonVoucherSendRuleShape, voucher_type: 0, voucher_use_rule: CommonVoucherUseRuleShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
);
