// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type CommonVoucherDisplayLiteInfo, CommonVoucherDisplayLiteInfoShape } from '../models/CommonVoucherDisplayLiteInfo.ts';
import { type CommonVoucherUseRuleLiteInfo, CommonVoucherUseRuleLiteInfoShape } from '../models/CommonVoucherUseRuleLiteInfo.ts';
import { type UserVoucherBaseInfo, UserVoucherBaseInfoShape } from '../models/UserVoucherBaseInfo.ts';
import { type VoucherAvailableScopeInfo, VoucherAvailableScopeInfoShape } from '../models/VoucherAvailableScopeInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.user.batchqueryvoucher` (GET /v3/alipay/marketing/activity/ordervoucher/user/batchqueryvoucher: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityUserBatchqueryvoucherRequest = { user_id: "2088512417841101", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayMarketingActivityUserBatchqueryvoucherRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  activity_id?: string;
  /** A query parameter (v3). */
  belong_merchant_id?: string;
  /** A query parameter (v3). */
  sender_merchant_id?: string;
  /** A query parameter (v3). */
  voucher_status?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.marketing.activity.user.batchqueryvoucher`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityUserBatchqueryvoucherResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityUserBatchqueryvoucherResult {
  page_num?: number;
  page_size?: number;
  total_size?: number;
  user_voucher_infos?: UserVoucherInfo[];
}

/**
 * The error codes of `alipay.marketing.activity.user.batchqueryvoucher` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityUserBatchqueryvoucherErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityUserBatchqueryvoucherErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `UserVoucherInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.user.batchqueryvoucher`).
 *
 * @example
 * ```ts
 * const value: UserVoucherInfo = { activity_id: '…', available_begin_time: '…' };
 * ```
 */
export interface UserVoucherInfo {
  activity_base_info?: ActivityBaseInfo;
  activity_id?: string;
  available_begin_time?: string;
  available_end_time?: string;
  belong_merchant_id?: string;
  create_time?: string;
  user_voucher_base_info?: UserVoucherBaseInfo;
  voucher_available_scope_info?: VoucherAvailableScopeInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_lite_info?: CommonVoucherDisplayLiteInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_id?: string;
  voucher_name?: string;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_status?: string;
  voucher_type?: string;
  voucher_use_rule_info?: VoucherUseRuleInfo;
  voucher_use_rule_lite_info?: CommonVoucherUseRuleLiteInfo;
}
const UserVoucherInfoShape = (): object => ({ activity_base_info: ActivityBaseInfoShape, activity_id: 0, available_begin_time: 0, available_end_time: 0, belong_merchant_id: 0, create_time: 0, user_voucher_base_info: UserVoucherBaseInfoShape, voucher_available_scope_info: VoucherAvailableScopeInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_lite_info: CommonVoucherDisplayLiteInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_id: 0, voucher_name: 0, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_status: 0, voucher_type: 0, voucher_use_rule_info: VoucherUseRuleInfoShape, voucher_use_rule_lite_info: CommonVoucherUseRuleLiteInfoShape });

/**
 * `alipay.marketing.activity.user.batchqueryvoucher`: GET /v3/alipay/marketing/activity/ordervoucher/user/batchqueryvoucher over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityUserBatchqueryvoucher } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityUserBatchqueryvoucher, { user_id: "2088512417841101", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayMarketingActivityUserBatchqueryvoucher: ApiDefinition<"alipay.marketing.activity.user.batchqueryvoucher", AlipayMarketingActivityUserBatchqueryvoucherRequest, AlipayMarketingActivityUserBatchqueryvoucherResult, AlipayMarketingActivityUserBatchqueryvoucherErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.user.batchqueryvoucher",
  { verb: 'GET', path: "/v3/alipay/marketing/activity/ordervoucher/user/batchqueryvoucher", query: ["user_id", "open_id", "activity_id", "belong_merchant_id", "sender_merchant_id", "voucher_status", "page_num", "merchant_access_mode", "page_size"] },
  () => ({ user_id: 0, open_id: 0, activity_id: 0, belong_merchant_id: 0, sender_merchant_id: 0, voucher_status: 0, page_num: 1, merchant_access_mode: 0, page_size: 1 }),
  () => ({ page_num: 1, page_size: 1, total_size: 1, user_voucher_infos: [UserVoucherInfoShape] }),
);
