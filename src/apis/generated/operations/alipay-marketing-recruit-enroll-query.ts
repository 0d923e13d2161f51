// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RecruitEnrollInfo, RecruitEnrollInfoShape } from '../models/RecruitEnrollInfo.ts';

/**
 * The request of `alipay.marketing.recruit.enroll.query` (GET /v3/alipay/marketing/recruit/enroll/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingRecruitEnrollQueryRequest = { out_biz_no: "21ba1e1c16456985463242192e4d", enroll_id: "2021041201000200000000999999" };
 * ```
 */
export interface AlipayMarketingRecruitEnrollQueryRequest {
  /** A query parameter (v3). */
  out_biz_no?: string;
  /** A query parameter (v3). */
  enroll_id?: string;
}

/**
 * The result of `alipay.marketing.recruit.enroll.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingRecruitEnrollQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingRecruitEnrollQueryResult {
  enroll_id?: string;
  enroll_info?: RecruitEnrollInfo;
  enroll_scene_type?: string;
  enroll_time?: string;
  memo?: string;
  out_biz_no?: string;
  plan_id?: string;
  status?: string;
}

/**
 * The error codes of `alipay.marketing.recruit.enroll.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingRecruitEnrollQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingRecruitEnrollQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR" | "PROHIBIT_NEW_DEVELOPER_CALL" | "ONLY_NEW_INTERFACE_SUPPORT";

/**
 * `alipay.marketing.recruit.enroll.query`: GET /v3/alipay/marketing/recruit/enroll/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingRecruitEnrollQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingRecruitEnrollQuery, { out_biz_no: "21ba1e1c16456985463242192e4d", enroll_id: "2021041201000200000000999999" });
 * ```
 */
export const alipayMarketingRecruitEnrollQuery: ApiDefinition<"alipay.marketing.recruit.enroll.query", AlipayMarketingRecruitEnrollQueryRequest, AlipayMarketingRecruitEnrollQueryResult, AlipayMarketingRecruitEnrollQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.recruit.enroll.query",
  { verb: 'GET', query: ["out_biz_no", "enroll_id"] },
  () => ({ out_biz_no: 0, enroll_id: 0 }),
  () => ({ enroll_id: 0, enroll_info: RecruitEnrollInfoShape, enroll_scene_type: 0, enroll_time: 0, memo: 0, out_biz_no: 0, plan_id: 0, status: 0 }),
);
