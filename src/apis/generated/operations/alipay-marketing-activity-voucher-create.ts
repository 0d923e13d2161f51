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
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.voucher.create` (POST /v3/alipay/marketing/activity/voucher/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherCreateRequest = { activity_name: '…', merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityVoucherCreateRequest {
  activity_base_info?: ActivityBaseInfo;
  activity_name?: string;
  belong_merchant_info?: PaymentVoucherBelongMerchantInfo;
  merchant_access_mode?: string;
  out_biz_no?: string;
  publish_end_time?: string;
  publish_start_time?: string;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_budget_info?: PaymentVoucherBudgetInfo;
  voucher_budget_supply_info?: VoucherBudgetSupplyInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_info?: PaymentVoucherDisplayInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_send_rule?: PaymentVoucherSendRule;
  voucher_type?: string;
  voucher_use_rule?: PaymentVoucherUseRule;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The result of `alipay.marketing.activity.voucher.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherCreateResult {
  activity_id?: string;
}

/**
 * The error codes of `alipay.marketing.activity.voucher.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityVoucherCreateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "MATERIAL_AUDIT_WAITING";

/**
 * `PaymentVoucherAvailableGoods`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherAvailableGoods = { goods_description: '…', goods_name: '…' };
 * ```
 */
export interface PaymentVoucherAvailableGoods {
  goods_description?: string;
  goods_ids?: string[];
  goods_name?: string;
}
const PaymentVoucherAvailableGoodsShape = (): object => ({ goods_description: 0, goods_ids: [0], goods_name: 0 });

/**
 * `PaymentVoucherAvailableMerchant`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherAvailableMerchant = {};
 * ```
 */
export interface PaymentVoucherAvailableMerchant {
  available_pids?: string[];
  available_smids?: string[];
}
const PaymentVoucherAvailableMerchantShape = (): object => ({ available_pids: [0], available_smids: [0] });

/**
 * `PaymentVoucherUseRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherUseRule = { use_mode: '…', use_url: '…' };
 * ```
 */
export interface PaymentVoucherUseRule {
  available_app_ids?: string[];
  available_goods?: PaymentVoucherAvailableGoods;
  available_merchant?: PaymentVoucherAvailableMerchant;
  available_store_ids?: string[];
  fix_voucher?: PaymentFixVoucher;
  unavailable_goods_ids?: string[];
  use_mode?: string;
  use_url?: string;
  voucher_quantity_limit_per_user?: number;
  voucher_quantity_limit_per_user_period_type?: string;
  voucher_valid_period?: PaymentVoucherValidPeriod;
}
const PaymentVoucherUseRuleShape = (): object => ({ available_app_ids: [0], available_goods: PaymentVoucherAvailableGoodsShape, available_merchant: PaymentVoucherAvailableMerchantShape, available_store_ids: [0], fix_voucher: PaymentFixVoucherShape, unavailable_goods_ids: [0], use_mode: 0, use_url: 0, voucher_quantity_limit_per_user: 1, voucher_quantity_limit_per_user_period_type: 0, voucher_valid_period: PaymentVoucherValidPeriodShape });

/**
 * `alipay.marketing.activity.voucher.create`: POST /v3/alipay/marketing/activity/voucher/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherCreate, { activity_name: '…', merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityVoucherCreate: ApiDefinition<"alipay.marketing.activity.voucher.create", AlipayMarketingActivityVoucherCreateRequest, AlipayMarketingActivityVoucherCreateResult, AlipayMarketingActivityVoucherCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucher.create",
  'POST',
  () => ({ activity_base_info: ActivityBaseInfoShape, activity_name: 0, belong_merchant_info: PaymentVoucherBelongMerchantInfoShape, merchant_access_mode: 0, out_biz_no: 0, publish_end_time: 0, publish_start_time: 0, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_budget_info: PaymentVoucherBudgetInfoShape, voucher_budget_supply_info: VoucherBudgetSupplyInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_info: PaymentVoucherDisplayInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_send_rule: PaymentVoucherSendRuleShape, voucher_type: 0, voucher_use_rule: PaymentVoucherUseRuleShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
  () => ({ activity_id: 0 }),
);
