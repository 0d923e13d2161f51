// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherPackageBaseInfo, VoucherPackageBaseInfoShape } from '../models/VoucherPackageBaseInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.voucherpackage.query` (GET /v3/alipay/marketing/activity/voucherpackage/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherpackageQueryRequest = { voucher_package_id: "IP20220628016671405804297103167741" };
 * ```
 */
export interface AlipayMarketingActivityVoucherpackageQueryRequest {
  /** A query parameter (v3). */
  voucher_package_id?: string;
}

/**
 * The result of `alipay.marketing.activity.voucherpackage.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherpackageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherpackageQueryResult {
  voucher_package_activity_info?: VoucherPackageActivityInfo[];
  voucher_package_base_info?: VoucherPackageBaseInfo;
  voucher_package_sales_info?: VoucherPackageSalesInfo;
  voucher_package_use_rule?: VoucherPackageUseRule;
}

/**
 * The error codes of `alipay.marketing.activity.voucherpackage.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherpackageQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingActivityVoucherpackageQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "VOUCHER_PACKAGE_NOT_EXIST";

/**
 * `VoucherPackageActivityInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucherpackage.query`).
 *
 * @example
 * ```ts
 * const value: VoucherPackageActivityInfo = {};
 * ```
 */
export interface VoucherPackageActivityInfo {
  activity_base_info?: ActivityBaseInfo;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}
const VoucherPackageActivityInfoShape = (): object => ({ activity_base_info: ActivityBaseInfoShape, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_use_rule_info: VoucherUseRuleInfoShape });

/**
 * `VoucherPackageSalesInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucherpackage.query`).
 *
 * @example
 * ```ts
 * const value: VoucherPackageSalesInfo = { budget: 1, pay_channel: '…' };
 * ```
 */
export interface VoucherPackageSalesInfo {
  budget?: number;
  pay_channel?: string;
  purchase_url?: string;
  sale_count_limit_in_period?: number;
  sale_period_limit?: string;
  sale_price?: string;
}
const VoucherPackageSalesInfoShape = (): object => ({ budget: 1, pay_channel: 0, purchase_url: 0, sale_count_limit_in_period: 1, sale_period_limit: 0, sale_price: 0 });

/**
 * `VoucherPackageUseRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucherpackage.query`).
 *
 * @example
 * ```ts
 * const value: VoucherPackageUseRule = { use_rule_desc: '…' };
 * ```
 */
export interface VoucherPackageUseRule {
  use_rule_desc?: string;
}
const VoucherPackageUseRuleShape = (): object => ({ use_rule_desc: 0 });

/**
 * `alipay.marketing.activity.voucherpackage.query`: GET /v3/alipay/marketing/activity/voucherpackage/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherpackageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherpackageQuery, { voucher_package_id: "IP20220628016671405804297103167741" });
 * ```
 */
export const alipayMarketingActivityVoucherpackageQuery: ApiDefinition<"alipay.marketing.activity.voucherpackage.query", AlipayMarketingActivityVoucherpackageQueryRequest, AlipayMarketingActivityVoucherpackageQueryResult, AlipayMarketingActivityVoucherpackageQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucherpackage.query",
  { verb: 'GET', query: ["voucher_package_id"] },
  () => ({ voucher_package_id: 0 }),
  () => ({ voucher_package_activity_info: [VoucherPackageActivityInfoShape], voucher_package_base_info: VoucherPackageBaseInfoShape, voucher_package_sales_info: VoucherPackageSalesInfoShape, voucher_package_use_rule: VoucherPackageUseRuleShape }),
);
