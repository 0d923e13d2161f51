// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.customer.jobworth.info.query` (GET /v3/zhima/customer/jobworth/info/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: ZhimaCustomerJobworthInfoQueryRequest = { conn_key: "ttest11234", user_name: "张三" };
 * ```
 */
export interface ZhimaCustomerJobworthInfoQueryRequest {
  /** A query parameter (v3). */
  conn_key?: string;
  /** A query parameter (v3). */
  user_name?: string;
  /** A query parameter (v3). */
  cert_no?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  back_url?: string;
  /** A query parameter (v3). */
  cert_type?: string;
  /** A query parameter (v3). */
  ka_visitor_id?: string;
  /** A query parameter (v3). */
  visitor_type?: string;
  /** A query parameter (v3). */
  visitor_name?: string;
  /** A query parameter (v3). */
  company_certificate?: string;
  /** A query parameter (v3). */
  visitor_url?: string;
  /** A query parameter (v3). */
  has_button?: boolean;
  /** A query parameter (v3). */
  has_number?: boolean;
  /** A query parameter (v3). */
  has_qr_code?: boolean;
  /** A query parameter (v3). */
  has_html?: boolean;
  /** A query parameter (v3). */
  job_id?: string;
  /** A query parameter (v3). */
  industry_id?: string;
  /** A query parameter (v3). */
  cloud_resume_scene?: string;
}

/**
 * The result of `zhima.customer.jobworth.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCustomerJobworthInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCustomerJobworthInfoQueryResult {
  acceptance_id?: string;
  auth_token?: string;
  html_url?: string;
  picture_url?: string;
  scene_result?: boolean;
  sub_code?: string;
  sub_msg?: string;
  update_url?: string;
  url?: string;
}

/**
 * The error codes of `zhima.customer.jobworth.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCustomerJobworthInfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZhimaCustomerJobworthInfoQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BLACK_CONTROL" | "JOB_ID_NOT_MATCH" | "CONFIG_ERROR_WITHOUT_SERVICE_ID" | "USER_NOT_AUTHORIZE" | "ILLEGAL_ARGUMENT";

/**
 * `zhima.customer.jobworth.info.query`: GET /v3/zhima/customer/jobworth/info/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCustomerJobworthInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCustomerJobworthInfoQuery, { conn_key: "ttest11234", user_name: "张三" });
 * ```
 */
export const zhimaCustomerJobworthInfoQuery: ApiDefinition<"zhima.customer.jobworth.info.query", ZhimaCustomerJobworthInfoQueryRequest, ZhimaCustomerJobworthInfoQueryResult, ZhimaCustomerJobworthInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "zhima.customer.jobworth.info.query",
  { verb: 'GET', query: ["conn_key", "user_name", "cert_no", "user_id", "open_id", "back_url", "cert_type", "ka_visitor_id", "visitor_type", "visitor_name", "company_certificate", "visitor_url", "has_button", "has_number", "has_qr_code", "has_html", "job_id", "industry_id", "cloud_resume_scene"] },
  () => ({ conn_key: 0, user_name: 0, cert_no: 0, user_id: 0, open_id: 0, back_url: 0, cert_type: 0, ka_visitor_id: 0, visitor_type: 0, visitor_name: 0, company_certificate: 0, visitor_url: 0, has_button: 2, has_number: 2, has_qr_code: 2, has_html: 2, job_id: 0, industry_id: 0, cloud_resume_scene: 0 }),
  () => ({ acceptance_id: 0, auth_token: 0, html_url: 0, picture_url: 0, scene_result: 2, sub_code: 0, sub_msg: 0, update_url: 0, url: 0 }),
);
