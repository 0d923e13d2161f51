// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RecruitEnrollMerchant, RecruitEnrollMerchantShape } from '../models/RecruitEnrollMerchant.ts';

/**
 * The request of `alipay.marketing.recruit.plan.query` (POST /v3/alipay/marketing/recruit/plan/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingRecruitPlanQueryRequest = { plan_id: '…' };
 * ```
 */
export interface AlipayMarketingRecruitPlanQueryRequest {
  enroll_merchant?: RecruitEnrollMerchant;
  plan_id?: string;
}

/**
 * The result of `alipay.marketing.recruit.plan.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingRecruitPlanQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingRecruitPlanQueryResult {
  description?: string;
  enroll_end_time?: string;
  enroll_rules?: RecruitEnrollRule[];
  enroll_scene_type?: string;
  enroll_start_time?: string;
  logo?: string;
  plan_id?: string;
  plan_name?: string;
  status?: string;
}

/**
 * The error codes of `alipay.marketing.recruit.plan.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingRecruitPlanQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingRecruitPlanQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BUSINESS_FAILED" | "PROHIBIT_NEW_DEVELOPER_CALL";

/**
 * `RecruitEnrollRule`, a model of Alipay's v3 description (in `alipay.marketing.recruit.plan.query`).
 *
 * @example
 * ```ts
 * const value: RecruitEnrollRule = { max_size: 1, min_size: 1 };
 * ```
 */
export interface RecruitEnrollRule {
  max_size?: number;
  min_size?: number;
  required?: boolean;
  rule_data?: RecruitEnrollRuleData;
  type?: string;
}
const RecruitEnrollRuleShape = (): object => ({ max_size: 1, min_size: 1, required: 2, rule_data: RecruitEnrollRuleDataShape, type: 0 });

/**
 * `RecruitEnrollRuleData`, a model of Alipay's v3 description (in `alipay.marketing.recruit.plan.query`).
 *
 * @example
 * ```ts
 * const value: RecruitEnrollRuleData = { schema: '…' };
 * ```
 */
export interface RecruitEnrollRuleData {
  recruit_voucher_rules?: RecruitVoucherRule[];
  schema?: string;
}
const RecruitEnrollRuleDataShape = (): object => ({ recruit_voucher_rules: [RecruitVoucherRuleShape], schema: 0 });

/**
 * `RecruitVoucherRule`, a model of Alipay's v3 description (in `alipay.marketing.recruit.plan.query`).
 *
 * @example
 * ```ts
 * const value: RecruitVoucherRule = { amount_max: '…', amount_min: '…' };
 * ```
 */
export interface RecruitVoucherRule {
  amount_max?: string;
  amount_min?: string;
  denomination_percent_max?: string;
  denomination_percent_min?: string;
  floor_amount_max?: string;
  floor_amount_min?: string;
  origin_amount_max?: string;
  origin_amount_min?: string;
  publish_end_time_max?: string;
  publish_end_time_min?: string;
  publish_start_time_max?: string;
  publish_start_time_min?: string;
  refund_type?: string[];
  sale_amount_max?: string;
  sale_amount_min?: string;
  use_channel?: string[];
  valid_days_after_receive_min?: number;
  voucher_activity_type?: string;
  voucher_quantity_limit_per_user_max?: number;
  voucher_quantity_limit_per_user_min?: number;
  voucher_quantity_max?: number;
  voucher_quantity_min?: number;
  voucher_valid_begin_time_min?: string;
  voucher_valid_end_time_max?: string;
}
const RecruitVoucherRuleShape = (): object => ({ amount_max: 0, amount_min: 0, denomination_percent_max: 0, denomination_percent_min: 0, floor_amount_max: 0, floor_amount_min: 0, origin_amount_max: 0, origin_amount_min: 0, publish_end_time_max: 0, publish_end_time_min: 0, publish_start_time_max: 0, publish_start_time_min: 0, refund_type: [0], sale_amount_max: 0, sale_amount_min: 0, use_channel: [0], valid_days_after_receive_min: 1, voucher_activity_type: 0, voucher_quantity_limit_per_user_max: 1, voucher_quantity_limit_per_user_min: 1, voucher_quantity_max: 1, voucher_quantity_min: 1, voucher_valid_begin_time_min: 0, voucher_valid_end_time_max: 0 });

/**
 * `alipay.marketing.recruit.plan.query`: POST /v3/alipay/marketing/recruit/plan/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingRecruitPlanQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingRecruitPlanQuery, { plan_id: '…' });
 * ```
 */
export const alipayMarketingRecruitPlanQuery: ApiDefinition<"alipay.marketing.recruit.plan.query", AlipayMarketingRecruitPlanQueryRequest, AlipayMarketingRecruitPlanQueryResult, AlipayMarketingRecruitPlanQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.recruit.plan.query",
  'POST',
  () => ({ enroll_merchant: RecruitEnrollMerchantShape, plan_id: 0 }),
  () => ({ description: 0, enroll_end_time: 0, enroll_rules: [RecruitEnrollRuleShape], enroll_scene_type: 0, enroll_start_time: 0, logo: 0, plan_id: 0, plan_name: 0, status: 0 }),
);
