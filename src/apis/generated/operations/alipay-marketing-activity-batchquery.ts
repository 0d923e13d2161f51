// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type CommonVoucherDisplayLiteInfo, CommonVoucherDisplayLiteInfoShape } from '../models/CommonVoucherDisplayLiteInfo.ts';
import { type CommonVoucherUseRuleLiteInfo, CommonVoucherUseRuleLiteInfoShape } from '../models/CommonVoucherUseRuleLiteInfo.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.batchquery` (POST /v3/alipay/marketing/activity/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityBatchqueryRequest = { activity_status: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityBatchqueryRequest {
  activity_status?: string;
  merchant_access_mode?: string;
  merchant_id?: string;
  page_num?: number;
  page_size?: number;
}

/**
 * The result of `alipay.marketing.activity.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityBatchqueryResult {
  activity_lite_infos?: ActivityLiteInfo[];
  page_num?: number;
  page_size?: number;
  total_size?: string;
}

/**
 * The error codes of `alipay.marketing.activity.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityBatchqueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ActivityLiteInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`).
 *
 * @example
 * ```ts
 * const value: ActivityLiteInfo = { activity_id: '…', activity_name: '…' };
 * ```
 */
export interface ActivityLiteInfo {
  activity_base_info?: ActivityBaseInfo;
  activity_id?: string;
  activity_name?: string;
  activity_status?: string;
  belong_merchant_id?: string;
  create_time?: string;
  publish_end_time?: string;
  publish_start_time?: string;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_lite_info?: CommonVoucherDisplayLiteInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_type?: string;
  voucher_use_rule_info?: VoucherUseRuleInfo;
  voucher_use_rule_lite_info?: CommonVoucherUseRuleLiteInfo;
}
const ActivityLiteInfoShape = (): object => ({ activity_base_info: ActivityBaseInfoShape, activity_id: 0, activity_name: 0, activity_status: 0, belong_merchant_id: 0, create_time: 0, publish_end_time: 0, publish_start_time: 0, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_lite_info: CommonVoucherDisplayLiteInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_type: 0, voucher_use_rule_info: VoucherUseRuleInfoShape, voucher_use_rule_lite_info: CommonVoucherUseRuleLiteInfoShape });

/**
 * `alipay.marketing.activity.batchquery`: POST /v3/alipay/marketing/activity/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityBatchquery, { activity_status: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityBatchquery: ApiDefinition<"alipay.marketing.activity.batchquery", AlipayMarketingActivityBatchqueryRequest, AlipayMarketingActivityBatchqueryResult, AlipayMarketingActivityBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.batchquery",
  'POST',
  () => ({ activity_status: 0, merchant_access_mode: 0, merchant_id: 0, page_num: 1, page_size: 1 }),
  () => ({ activity_lite_infos: [ActivityLiteInfoShape], page_num: 1, page_size: 1, total_size: 0 }),
);
