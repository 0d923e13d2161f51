// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RecruitEnrollInfo, RecruitEnrollInfoShape } from '../models/RecruitEnrollInfo.ts';

/**
 * The request of `alipay.marketing.recruit.enroll.create` (POST /v3/alipay/marketing/recruit/enroll/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingRecruitEnrollCreateRequest = { enroll_scene_type: '…', out_biz_no: '…' };
 * ```
 */
export interface AlipayMarketingRecruitEnrollCreateRequest {
  enroll_info?: RecruitEnrollInfo;
  enroll_scene_type?: string;
  out_biz_no?: string;
  plan_id?: string;
}

/**
 * The result of `alipay.marketing.recruit.enroll.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingRecruitEnrollCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingRecruitEnrollCreateResult {
  enroll_id?: string;
  out_biz_no?: string;
}

/**
 * The error codes of `alipay.marketing.recruit.enroll.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingRecruitEnrollCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingRecruitEnrollCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR" | "PROHIBIT_NEW_DEVELOPER_CALL";

/**
 * `alipay.marketing.recruit.enroll.create`: POST /v3/alipay/marketing/recruit/enroll/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingRecruitEnrollCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingRecruitEnrollCreate, { enroll_scene_type: '…', out_biz_no: '…' });
 * ```
 */
export const alipayMarketingRecruitEnrollCreate: ApiDefinition<"alipay.marketing.recruit.enroll.create", AlipayMarketingRecruitEnrollCreateRequest, AlipayMarketingRecruitEnrollCreateResult, AlipayMarketingRecruitEnrollCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.recruit.enroll.create",
  'POST',
  () => ({ enroll_info: RecruitEnrollInfoShape, enroll_scene_type: 0, out_biz_no: 0, plan_id: 0 }),
  () => ({ enroll_id: 0, out_biz_no: 0 }),
);
