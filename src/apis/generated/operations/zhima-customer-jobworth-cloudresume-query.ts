// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.customer.jobworth.cloudresume.query` (GET /v3/zhima/customer/jobworth/cloudresume/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaCustomerJobworthCloudresumeQueryRequest = { conn_key: "uuid", once_token: "uuid" };
 * ```
 */
export interface ZhimaCustomerJobworthCloudresumeQueryRequest {
  /** A query parameter (v3). */
  conn_key?: string;
  /** A query parameter (v3). */
  once_token?: string;
}

/**
 * The result of `zhima.customer.jobworth.cloudresume.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCustomerJobworthCloudresumeQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCustomerJobworthCloudresumeQueryResult {
  birthday?: string;
  certificates?: CloudResumeCertificateInfo[];
  education_experiences?: CloudResumeEducationExperience[];
  email?: string;
  gender?: string;
  intention_status?: string;
  person_desc?: string;
  phone?: string;
  pic_url?: CloudResumeHeadPic;
  position_intentions?: CloudResumePositionIntention[];
  position_type?: string;
  residential_area?: string;
  skills?: CloudResumeSkillInfo[];
  user_name?: string;
  work_experiences?: CloudResumeWorkExperience[];
  work_start_date?: number;
}

/**
 * The error codes of `zhima.customer.jobworth.cloudresume.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCustomerJobworthCloudresumeQueryErrorCode = "USER_NOT_AUTHORIZE";
 * ```
 */
export type ZhimaCustomerJobworthCloudresumeQueryErrorCode = "USER_NOT_AUTHORIZE" | "QUERY_DATA_IS_NULL" | "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ZM.SYSTEM_ERROR" | "USER_NOT_OPEN_ZHIMA" | "APP_INVOKE_DEGRADE";

/**
 * `CloudResumeCertificateInfo`, a model of Alipay's v3 description (in `zhima.customer.jobworth.cloudresume.query`).
 *
 * @example
 * ```ts
 * const value: CloudResumeCertificateInfo = { certificate_cert_level: '…', certificate_name: '…' };
 * ```
 */
export interface CloudResumeCertificateInfo {
  certificate_cert_level?: string;
  certificate_name?: string;
  certificate_send_card_address?: string;
  certificate_verify_status?: string;
  in_validity_period?: string;
}
const CloudResumeCertificateInfoShape = (): object => ({ certificate_cert_level: 0, certificate_name: 0, certificate_send_card_address: 0, certificate_verify_status: 0, in_validity_period: 0 });

/**
 * `CloudResumeEducationExperience`, a model of Alipay's v3 description (in `zhima.customer.jobworth.cloudresume.query`).
 *
 * @example
 * ```ts
 * const value: CloudResumeEducationExperience = { degree: '…', education_status: '…' };
 * ```
 */
export interface CloudResumeEducationExperience {
  degree?: string;
  education_status?: string;
  finish_school_month?: string;
  finish_school_year?: number;
  in_school_month?: number;
  in_school_year?: number;
  location?: string;
  major?: string;
  month?: number;
  school_name?: string;
  tong_zhao?: boolean;
  year?: number;
}
const CloudResumeEducationExperienceShape = (): object => ({ degree: 0, education_status: 0, finish_school_month: 0, finish_school_year: 1, in_school_month: 1, in_school_year: 1, location: 0, major: 0, month: 1, school_name: 0, tong_zhao: 2, year: 1 });

/**
 * `CloudResumeHeadPic`, a model of Alipay's v3 description (in `zhima.customer.jobworth.cloudresume.query`).
 *
 * @example
 * ```ts
 * const value: CloudResumeHeadPic = { pic_url: '…' };
 * ```
 */
export interface CloudResumeHeadPic {
  pic_url?: string;
}
const CloudResumeHeadPicShape = (): object => ({ pic_url: 0 });

/**
 * `CloudResumePositionIntention`, a model of Alipay's v3 description (in `zhima.customer.jobworth.cloudresume.query`).
 *
 * @example
 * ```ts
 * const value: CloudResumePositionIntention = { intention_city: '…', job_id: '…' };
 * ```
 */
export interface CloudResumePositionIntention {
  intention_city?: string;
  /** @deprecated */
  job_id?: string;
  job_name?: string;
  /** @deprecated */
  profession_id?: string;
  profession_name?: string;
  salary_max?: string;
  salary_min?: string;
  salary_unit?: string;
  work_property?: string;
}
const CloudResumePositionIntentionShape = (): object => ({ intention_city: 0, job_id: 0, job_name: 0, profession_id: 0, profession_name: 0, salary_max: 0, salary_min: 0, salary_unit: 0, work_property: 0 });

/**
 * `CloudResumeSkillInfo`, a model of Alipay's v3 description (in `zhima.customer.jobworth.cloudresume.query`).
 *
 * @example
 * ```ts
 * const value: CloudResumeSkillInfo = { skill_name: '…' };
 * ```
 */
export interface CloudResumeSkillInfo {
  skill_name?: string;
}
const CloudResumeSkillInfoShape = (): object => ({ skill_name: 0 });

/**
 * `CloudResumeWorkExperience`, a model of Alipay's v3 description (in `zhima.customer.jobworth.cloudresume.query`).
 *
 * @example
 * ```ts
 * const value: CloudResumeWorkExperience = { company_name: '…', job_id: '…' };
 * ```
 */
export interface CloudResumeWorkExperience {
  company_name?: string;
  job_id?: string;
  job_name?: string;
  position_name?: string;
  profession_id?: string;
  profession_name?: string;
  work_desc?: string;
  work_end_time?: number;
  work_start_time?: number;
}
const CloudResumeWorkExperienceShape = (): object => ({ company_name: 0, job_id: 0, job_name: 0, position_name: 0, profession_id: 0, profession_name: 0, work_desc: 0, work_end_time: 1, work_start_time: 1 });

/**
 * `zhima.customer.jobworth.cloudresume.query`: GET /v3/zhima/customer/jobworth/cloudresume/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCustomerJobworthCloudresumeQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCustomerJobworthCloudresumeQuery, { conn_key: "uuid", once_token: "uuid" });
 * ```
 */
export const zhimaCustomerJobworthCloudresumeQuery: ApiDefinition<"zhima.customer.jobworth.cloudresume.query", ZhimaCustomerJobworthCloudresumeQueryRequest, ZhimaCustomerJobworthCloudresumeQueryResult, ZhimaCustomerJobworthCloudresumeQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.customer.jobworth.cloudresume.query",
  { verb: 'GET', query: ["conn_key", "once_token"] },
  () => ({ conn_key: 0, once_token: 0 }),
  () => ({ birthday: 0, certificates: [CloudResumeCertificateInfoShape], education_experiences: [CloudResumeEducationExperienceShape], email: 0, gender: 0, intention_status: 0, person_desc: 0, phone: 0, pic_url: CloudResumeHeadPicShape, position_intentions: [CloudResumePositionIntentionShape], position_type: 0, residential_area: 0, skills: [CloudResumeSkillInfoShape], user_name: 0, work_experiences: [CloudResumeWorkExperienceShape], work_start_date: 1 }),
);
