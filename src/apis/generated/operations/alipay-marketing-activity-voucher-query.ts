// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type PaymentFixVoucher, PaymentFixVoucherShape } from '../models/PaymentFixVoucher.ts';
import { type PaymentVoucherBelongMerchantInfo, PaymentVoucherBelongMerchantInfoShape } from '../models/PaymentVoucherBelongMerchantInfo.ts';
import { type PaymentVoucherBudgetInfo, PaymentVoucherBudgetInfoShape } from '../models/PaymentVoucherBudgetInfo.ts';
import { type PaymentVoucherDisplayInfo, PaymentVoucherDisplayInfoShape } from '../models/PaymentVoucherDisplayInfo.ts';
import { type PaymentVoucherSendRule, PaymentVoucherSendRuleShape } from '../models/PaymentVoucherSendRule.ts';
import { type PaymentVoucherValidPeriod, PaymentVoucherValidPeriodShape } from '../models/PaymentVoucherValidPeriod.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherBudgetSupplyInfo, VoucherBudgetSupplyInfoShape } from '../models/VoucherBudgetSupplyInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherInventoryInfo, VoucherInventoryInfoShape } from '../models/VoucherInventoryInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherSummary, VoucherSummaryShape } from '../models/VoucherSummary.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.voucher.query` (GET /v3/alipay/marketing/activity/voucher/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherQueryRequest = { activity_id: "2016042700826004508401111111", merchant_access_mode: "AGENCY_MODE" };
 * ```
 */
export interface AlipayMarketingActivityVoucherQueryRequest {
  /** A query parameter (v3). */
  activity_id?: string;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.voucher.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherQueryResult {
  activity_base_info?: ActivityBaseInfo;
  activity_id?: string;
  activity_name?: string;
  activity_status?: string;
  audit_result_info?: AuditResultInfo;
  belong_merchant_info?: PaymentVoucherBelongMerchantInfo;
  publish_end_time?: string;
  publish_start_time?: string;
  summary?: VoucherSummary;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_budget_info?: PaymentVoucherBudgetInfo;
  voucher_budget_supply_info?: VoucherBudgetSupplyInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_info?: PaymentVoucherDisplayInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_inventory_info?: VoucherInventoryInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_send_rule?: PaymentVoucherSendRule;
  voucher_type?: string;
  voucher_use_rule?: PaymentVoucherUseRuleDetail;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The error codes of `alipay.marketing.activity.voucher.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityVoucherQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `AuditResultInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: AuditResultInfo = { audit_reason: '…', audit_result: '…' };
 * ```
 */
export interface AuditResultInfo {
  audit_reason?: string;
  audit_result?: string;
  audit_type?: string;
}
const AuditResultInfoShape = (): object => ({ audit_reason: 0, audit_result: 0, audit_type: 0 });

/**
 * `PaymentVoucherUseRuleDetail`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherUseRuleDetail = { use_mode: '…', use_url: '…' };
 * ```
 */
export interface PaymentVoucherUseRuleDetail {
  fix_voucher?: PaymentFixVoucher;
  use_mode?: string;
  use_url?: string;
  voucher_quantity_limit_per_user?: number;
  voucher_quantity_limit_per_user_period_type?: string;
  voucher_valid_period?: PaymentVoucherValidPeriod;
}
const PaymentVoucherUseRuleDetailShape = (): object => ({ fix_voucher: PaymentFixVoucherShape, use_mode: 0, use_url: 0, voucher_quantity_limit_per_user: 1, voucher_quantity_limit_per_user_period_type: 0, voucher_valid_period: PaymentVoucherValidPeriodShape });

/**
 * `alipay.marketing.activity.voucher.query`: GET /v3/alipay/marketing/activity/voucher/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherQuery, { activity_id: "2016042700826004508401111111", merchant_access_mode: "AGENCY_MODE" });
 * ```
 */
export const alipayMarketingActivityVoucherQuery: ApiDefinition<"alipay.marketing.activity.voucher.query", AlipayMarketingActivityVoucherQueryRequest, AlipayMarketingActivityVoucherQueryResult, AlipayMarketingActivityVoucherQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucher.query",
  { verb: 'GET', query: ["activity_id", "merchant_access_mode"] },
  () => ({ activity_id: 0, merchant_access_mode: 0 }),
  () => ({ activity_base_info: ActivityBaseInfoShape, activity_id: 0, activity_name: 0, activity_status: 0, audit_result_info: AuditResultInfoShape, belong_merchant_info: PaymentVoucherBelongMerchantInfoShape, publish_end_time: 0, publish_start_time: 0, summary: VoucherSummaryShape, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_budget_info: PaymentVoucherBudgetInfoShape, voucher_budget_supply_info: VoucherBudgetSupplyInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_info: PaymentVoucherDisplayInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_inventory_info: VoucherInventoryInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_send_rule: PaymentVoucherSendRuleShape, voucher_type: 0, voucher_use_rule: PaymentVoucherUseRuleDetailShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
);
