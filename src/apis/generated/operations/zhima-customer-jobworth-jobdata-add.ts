// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.customer.jobworth.jobdata.add` (POST /v3/zhima/customer/jobworth/jobdata/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCustomerJobworthJobdataAddRequest = { cert_no: '…', cert_type: '…' };
 * ```
 */
export interface ZhimaCustomerJobworthJobdataAddRequest {
  cert_no?: string;
  cert_type?: string;
  conn_key?: string;
  job_data_list?: JobWorthJobdata[];
  open_id?: string;
  user_id?: string;
  user_name?: string;
}

/**
 * The result of `zhima.customer.jobworth.jobdata.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCustomerJobworthJobdataAddResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCustomerJobworthJobdataAddResult {
  acceptance_id?: string;
  sub_code?: string;
  sub_msg?: string;
  url?: string;
}

/**
 * The error codes of `zhima.customer.jobworth.jobdata.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCustomerJobworthJobdataAddErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZhimaCustomerJobworthJobdataAddErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT";

/**
 * `JobWorthJobdata`, a model of Alipay's v3 description (in `zhima.customer.jobworth.jobdata.add`).
 *
 * @example
 * ```ts
 * const value: JobWorthJobdata = { certificate_grant_institution: '…', certificate_id: '…' };
 * ```
 */
export interface JobWorthJobdata {
  certificate_grant_institution?: string;
  certificate_id?: string;
  certificate_level?: string;
  certificate_name?: string;
  certificate_pic_id?: string;
  company_name?: string;
  degree?: string;
  delivery_position_id?: string;
  delivery_time?: number;
  education_status?: string;
  entry_no?: string;
  exam_score?: string;
  head_pic_id?: string;
  intention_city?: string;
  intention_city_name?: string;
  issue_date?: string;
  job_id?: string;
  job_name?: string;
  ka_job_id?: string;
  ka_job_name?: string;
  ka_profession_id?: string;
  ka_profession_name?: string;
  location?: string;
  month?: string;
  once_token?: string;
  profession_id?: string;
  profession_name?: string;
  salary_max?: string;
  salary_min?: string;
  salary_unit?: string;
  school_name?: string;
  skill_name?: string;
  start_time?: string;
  type?: string;
  valid_date_end?: string;
  valid_date_start?: string;
  verify_status?: string;
  work_desc?: string;
  work_end_time?: string;
  work_place?: string;
  work_property?: string;
  work_start_time?: string;
  year?: string;
}
const JobWorthJobdataShape = (): object => ({ certificate_grant_institution: 0, certificate_id: 0, certificate_level: 0, certificate_name: 0, certificate_pic_id: 0, company_name: 0, degree: 0, delivery_position_id: 0, delivery_time: 1, education_status: 0, entry_no: 0, exam_score: 0, head_pic_id: 0, intention_city: 0, intention_city_name: 0, issue_date: 0, job_id: 0, job_name: 0, ka_job_id: 0, ka_job_name: 0, ka_profession_id: 0, ka_profession_name: 0, location: 0, month: 0, once_token: 0, profession_id: 0, profession_name: 0, salary_max: 0, salary_min: 0, salary_unit: 0, school_name: 0, skill_name: 0, start_time: 0, type: 0, valid_date_end: 0, valid_date_start: 0, verify_status: 0, work_desc: 0, work_end_time: 0, work_place: 0, work_property: 0, work_start_time: 0, year: 0 });

/**
 * `zhima.customer.jobworth.jobdata.add`: POST /v3/zhima/customer/jobworth/jobdata/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCustomerJobworthJobdataAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCustomerJobworthJobdataAdd, { cert_no: '…', cert_type: '…' });
 * ```
 */
export const zhimaCustomerJobworthJobdataAdd: ApiDefinition<"zhima.customer.jobworth.jobdata.add", ZhimaCustomerJobworthJobdataAddRequest, ZhimaCustomerJobworthJobdataAddResult, ZhimaCustomerJobworthJobdataAddErrorCode> = /* @__PURE__ */ operation(
  "zhima.customer.jobworth.jobdata.add",
  'POST',
  () => ({ cert_no: 0, cert_type: 0, conn_key: 0, job_data_list: [JobWorthJobdataShape], open_id: 0, user_id: 0, user_name: 0 }),
  () => ({ acceptance_id: 0, sub_code: 0, sub_msg: 0, url: 0 }),
);
