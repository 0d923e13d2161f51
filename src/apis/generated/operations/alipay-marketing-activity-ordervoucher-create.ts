// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type BelongMerchantInfo, BelongMerchantInfoShape } from '../models/BelongMerchantInfo.ts';
import { type CustomerGuide, CustomerGuideShape } from '../models/CustomerGuide.ts';
import { type OrderVoucherUseRuleResult, OrderVoucherUseRuleResultShape } from '../models/OrderVoucherUseRuleResult.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherAvailableScopeResultInfo, VoucherAvailableScopeResultInfoShape } from '../models/VoucherAvailableScopeResultInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayInfo, VoucherDisplayInfoShape } from '../models/VoucherDisplayInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherSendRuleDetail, VoucherSendRuleDetailShape } from '../models/VoucherSendRuleDetail.ts';
import { type VoucherUseRule, VoucherUseRuleShape } from '../models/VoucherUseRule.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.create` (POST /v3/alipay/marketing/ordervoucher/activity: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherCreateRequest = { activity_name: '…', biz_tag: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherCreateRequest {
  activity_base_info?: ActivityBaseInfo;
  activity_name?: string;
  belong_merchant_info?: BelongMerchantInfo;
  biz_tag?: string;
  code_mode?: string;
  customer_guide?: CustomerGuide;
  merchant_access_mode?: string;
  out_biz_no?: string;
  publish_end_time?: string;
  publish_start_time?: string;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_info?: VoucherDisplayInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_send_rule?: VoucherSendRuleDetail;
  voucher_type?: string;
  voucher_use_rule?: VoucherUseRule;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherCreateResult {
  activity_id?: string;
  voucher_available_scope_result_info?: VoucherAvailableScopeResultInfo;
  voucher_use_rule_result?: OrderVoucherUseRuleResult;
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherCreateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "DISCOUNT_AMOUNT_INSUFFICIENT" | "BUSINESS_HAS_RISK";

/**
 * `alipay.marketing.activity.ordervoucher.create`: POST /v3/alipay/marketing/ordervoucher/activity over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherCreate, { activity_name: '…', biz_tag: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherCreate: ApiDefinition<"alipay.marketing.activity.ordervoucher.create", AlipayMarketingActivityOrdervoucherCreateRequest, AlipayMarketingActivityOrdervoucherCreateResult, AlipayMarketingActivityOrdervoucherCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.create",
  { verb: 'POST', path: "/v3/alipay/marketing/ordervoucher/activity" },
  () => ({ activity_base_info: ActivityBaseInfoShape, activity_name: 0, belong_merchant_info: BelongMerchantInfoShape, biz_tag: 0, code_mode: 0, customer_guide: CustomerGuideShape, merchant_access_mode: 0, out_biz_no: 0, publish_end_time: 0, publish_start_time: 0, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_info: VoucherDisplayInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_send_rule: VoucherSendRuleDetailShape, voucher_type: 0, voucher_use_rule: VoucherUseRuleShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
  () => ({ activity_id: 0, voucher_available_scope_result_info: VoucherAvailableScopeResultInfoShape, voucher_use_rule_result: OrderVoucherUseRuleResultShape }),
);
