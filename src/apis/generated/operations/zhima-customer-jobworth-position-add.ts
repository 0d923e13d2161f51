// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.customer.jobworth.position.add` (POST /v3/zhima/customer/jobworth/position/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCustomerJobworthPositionAddRequest = {};
 * ```
 */
export interface ZhimaCustomerJobworthPositionAddRequest {
  jobworth_position_info?: JobWorthPositionInfo;
}

/**
 * The result of `zhima.customer.jobworth.position.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCustomerJobworthPositionAddResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCustomerJobworthPositionAddResult {
  position_id?: string;
  sub_code?: string;
  sub_msg?: string;
}

/**
 * The error codes of `zhima.customer.jobworth.position.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCustomerJobworthPositionAddErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZhimaCustomerJobworthPositionAddErrorCode = "INVALID_PARAMETER";

/**
 * `JobWorthPositionInfo`, a model of Alipay's v3 description (in `zhima.customer.jobworth.position.add`).
 *
 * @example
 * ```ts
 * const value: JobWorthPositionInfo = { age: '…', benefit: '…' };
 * ```
 */
export interface JobWorthPositionInfo {
  age?: string;
  benefit?: string;
  certifications?: string;
  company_certificate?: string;
  company_logo_afts_id?: string;
  company_name?: string;
  count?: number;
  education?: string;
  gender?: string;
  ka_position_id?: string;
  position_desc?: string;
  position_id?: string;
  position_job_id?: string;
  position_job_name?: string;
  position_profession_id?: string;
  position_property?: string;
  position_status?: string;
  position_title?: string;
  salary_max?: string;
  salary_min?: string;
  salary_type?: string;
  salary_unit?: string;
  skill_tag?: string;
  skip_url?: string;
  work_city?: string;
  work_longitude?: string;
  work_region?: string;
  work_year?: string;
}
const JobWorthPositionInfoShape = (): object => ({ age: 0, benefit: 0, certifications: 0, company_certificate: 0, company_logo_afts_id: 0, company_name: 0, count: 1, education: 0, gender: 0, ka_position_id: 0, position_desc: 0, position_id: 0, position_job_id: 0, position_job_name: 0, position_profession_id: 0, position_property: 0, position_status: 0, position_title: 0, salary_max: 0, salary_min: 0, salary_type: 0, salary_unit: 0, skill_tag: 0, skip_url: 0, work_city: 0, work_longitude: 0, work_region: 0, work_year: 0 });

/**
 * `zhima.customer.jobworth.position.add`: POST /v3/zhima/customer/jobworth/position/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCustomerJobworthPositionAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCustomerJobworthPositionAdd, {});
 * ```
 */
export const zhimaCustomerJobworthPositionAdd: ApiDefinition<"zhima.customer.jobworth.position.add", ZhimaCustomerJobworthPositionAddRequest, ZhimaCustomerJobworthPositionAddResult, ZhimaCustomerJobworthPositionAddErrorCode> = /* @__PURE__ */ operation(
  "zhima.customer.jobworth.position.add",
  'POST',
  () => ({ jobworth_position_info: JobWorthPositionInfoShape }),
  () => ({ position_id: 0, sub_code: 0, sub_msg: 0 }),
);
