// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RecruitEnrollMerchant, RecruitEnrollMerchantShape } from '../models/RecruitEnrollMerchant.ts';

/**
 * The request of `alipay.marketing.recruit.planlist.query` (POST /v3/alipay/marketing/recruit/planlist/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingRecruitPlanlistQueryRequest = { enroll_scene_type: '…', page_num: 1 };
 * ```
 */
export interface AlipayMarketingRecruitPlanlistQueryRequest {
  enroll_merchant?: RecruitEnrollMerchant;
  enroll_scene_type?: string;
  page_num?: number;
  page_size?: number;
}

/**
 * The result of `alipay.marketing.recruit.planlist.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingRecruitPlanlistQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingRecruitPlanlistQueryResult {
  data?: RecruitPlanLight[];
  page_num?: number;
  page_size?: number;
  total?: number;
}

/**
 * The error codes of `alipay.marketing.recruit.planlist.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingRecruitPlanlistQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingRecruitPlanlistQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BUSINESS_FAILED" | "PROHIBIT_NEW_DEVELOPER_CALL";

/**
 * `RecruitPlanLight`, a model of Alipay's v3 description (in `alipay.marketing.recruit.planlist.query`).
 *
 * @example
 * ```ts
 * const value: RecruitPlanLight = { description: '…', enroll_end_time: '…' };
 * ```
 */
export interface RecruitPlanLight {
  description?: string;
  enroll_end_time?: string;
  enroll_scene_type?: string;
  enroll_start_time?: string;
  logo?: string;
  plan_id?: string;
  plan_name?: string;
  status?: string;
}
const RecruitPlanLightShape = (): object => ({ description: 0, enroll_end_time: 0, enroll_scene_type: 0, enroll_start_time: 0, logo: 0, plan_id: 0, plan_name: 0, status: 0 });

/**
 * `alipay.marketing.recruit.planlist.query`: POST /v3/alipay/marketing/recruit/planlist/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingRecruitPlanlistQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingRecruitPlanlistQuery, { enroll_scene_type: '…', page_num: 1 });
 * ```
 */
export const alipayMarketingRecruitPlanlistQuery: ApiDefinition<"alipay.marketing.recruit.planlist.query", AlipayMarketingRecruitPlanlistQueryRequest, AlipayMarketingRecruitPlanlistQueryResult, AlipayMarketingRecruitPlanlistQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.recruit.planlist.query",
  'POST',
  () => ({ enroll_merchant: RecruitEnrollMerchantShape, enroll_scene_type: 0, page_num: 1, page_size: 1 }),
  () => ({ data: [RecruitPlanLightShape], page_num: 1, page_size: 1, total: 1 }),
);
