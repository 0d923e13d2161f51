// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ActivityBaseInfo, ActivityBaseInfoShape } from '../models/ActivityBaseInfo.ts';
import { type CommonVoucherDisplayInfo, CommonVoucherDisplayInfoShape } from '../models/CommonVoucherDisplayInfo.ts';
import { type CommonVoucherSendRule, CommonVoucherSendRuleShape } from '../models/CommonVoucherSendRule.ts';
import { type CommonVoucherUseRule, CommonVoucherUseRuleShape } from '../models/CommonVoucherUseRule.ts';
import { type UserVoucherBaseInfo, UserVoucherBaseInfoShape } from '../models/UserVoucherBaseInfo.ts';
import { type VoucherCustomerGuideInfo, VoucherCustomerGuideInfoShape } from '../models/VoucherCustomerGuideInfo.ts';
import { type VoucherDeductInfo, VoucherDeductInfoShape } from '../models/VoucherDeductInfo.ts';
import { type VoucherDisplayPatternInfo, VoucherDisplayPatternInfoShape } from '../models/VoucherDisplayPatternInfo.ts';
import { type VoucherSendModeInfo, VoucherSendModeInfoShape } from '../models/VoucherSendModeInfo.ts';
import { type VoucherUseRuleInfo, VoucherUseRuleInfoShape } from '../models/VoucherUseRuleInfo.ts';

/**
 * The request of `alipay.marketing.activity.user.queryvoucher` (GET /v3/alipay/marketing/activity/ordervoucher/user/voucher: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityUserQueryvoucherRequest = { merchant_id: "2088202967380463", user_id: "2088512417841101" };
 * ```
 */
export interface AlipayMarketingActivityUserQueryvoucherRequest {
  /** A query parameter (v3). */
  merchant_id?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  activity_id?: string;
  /** A query parameter (v3). */
  voucher_id?: string;
  /** A query parameter (v3). */
  voucher_code?: string;
  /** A query parameter (v3). */
  merchant_access_mode?: string;
}

/**
 * The result of `alipay.marketing.activity.user.queryvoucher`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityUserQueryvoucherResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityUserQueryvoucherResult {
  activity_base_info?: ActivityBaseInfo;
  activity_id?: string;
  associate_trade_no?: string;
  available_begin_time?: string;
  available_end_time?: string;
  belong_merchant_id?: string;
  create_time?: string;
  user_voucher_base_info?: UserVoucherBaseInfo;
  voucher_customer_guide_info?: VoucherCustomerGuideInfo;
  voucher_deduct_info?: VoucherDeductInfo;
  voucher_display_info?: CommonVoucherDisplayInfo;
  voucher_display_pattern_info?: VoucherDisplayPatternInfo;
  voucher_name?: string;
  voucher_send_mode_info?: VoucherSendModeInfo;
  voucher_send_rule?: CommonVoucherSendRule;
  voucher_status?: string;
  voucher_type?: string;
  voucher_use_rule?: CommonVoucherUseRule;
  voucher_use_rule_info?: VoucherUseRuleInfo;
}

/**
 * The error codes of `alipay.marketing.activity.user.queryvoucher` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityUserQueryvoucherErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityUserQueryvoucherErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "VOUCHER_NOT_EXIST" | "ACTIVITY_NOT_PERMISSION" | "MERCHANT_RELATION_NOT_EXIST";

/**
 * `alipay.marketing.activity.user.queryvoucher`: GET /v3/alipay/marketing/activity/ordervoucher/user/voucher over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityUserQueryvoucher } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityUserQueryvoucher, { merchant_id: "2088202967380463", user_id: "2088512417841101" });
 * ```
 */
export const alipayMarketingActivityUserQueryvoucher: ApiDefinition<"alipay.marketing.activity.user.queryvoucher", AlipayMarketingActivityUserQueryvoucherRequest, AlipayMarketingActivityUserQueryvoucherResult, AlipayMarketingActivityUserQueryvoucherErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.user.queryvoucher",
  { verb: 'GET', path: "/v3/alipay/marketing/activity/ordervoucher/user/voucher", query: ["merchant_id", "user_id", "open_id", "activity_id", "voucher_id", "voucher_code", "merchant_access_mode"] },
  () => ({ merchant_id: 0, user_id: 0, open_id: 0, activity_id: 0, voucher_id: 0, voucher_code: 0, merchant_access_mode: 0 }),
  () => ({ activity_base_info: ActivityBaseInfoShape, activity_id: 0, associate_trade_no: 0, available_begin_time: 0, available_end_time: 0, belong_merchant_id: 0, create_time: 0, user_voucher_base_info: UserVoucherBaseInfoShape, voucher_customer_guide_info: VoucherCustomerGuideInfoShape, voucher_deduct_info: VoucherDeductInfoShape, voucher_display_info: CommonVoucherDisplayInfoShape, voucher_display_pattern_info: VoucherDisplayPatternInfoShape, voucher_name: 0, voucher_send_mode_info: VoucherSendModeInfoShape, voucher_send_rule: CommonVoucherSendRuleShape, voucher_status: 0, voucher_type: 0, voucher_use_rule: CommonVoucherUseRuleShape, voucher_use_rule_info: VoucherUseRuleInfoShape }),
);
