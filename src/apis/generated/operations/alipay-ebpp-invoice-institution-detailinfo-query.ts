// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type IssueRuleInfo, IssueRuleInfoShape } from '../models/IssueRuleInfo.ts';
import { type StandardInfo, StandardInfoShape } from '../models/StandardInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.detailinfo.query` (GET /v3/alipay/ebpp/invoice/institution/detailinfo/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionDetailinfoQueryRequest = { account_id: "2088000194958956", agreement_no: "20215425001112341234" };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionDetailinfoQueryRequest {
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  institution_id?: string;
  /** A query parameter (v3). */
  outer_source_id?: string;
  /** A query parameter (v3). */
  owner_type?: string;
}

/**
 * The result of `alipay.ebpp.invoice.institution.detailinfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionDetailinfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionDetailinfoQueryResult {
  adapter_type?: string;
  consult_mode?: string;
  currency?: string;
  effective?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  expense_type?: string;
  institution_desc?: string;
  institution_id?: string;
  institution_name?: string;
  issue_rule_info_list?: IssueRuleInfo[];
  multi_employee_share_mode?: string;
  outer_source_id?: string;
  owner_id_list?: string[];
  owner_open_id_list?: string[];
  owner_type?: string;
  scene_type?: string;
  standard_info_detail_list?: StandardInfo[];
  standard_info_list?: StandardInfo;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.detailinfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionDetailinfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionDetailinfoQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_NOT_EXIST_ERROR";

/**
 * `alipay.ebpp.invoice.institution.detailinfo.query`: GET /v3/alipay/ebpp/invoice/institution/detailinfo/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionDetailinfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionDetailinfoQuery, { account_id: "2088000194958956", agreement_no: "20215425001112341234" });
 * ```
 */
export const alipayEbppInvoiceInstitutionDetailinfoQuery: ApiDefinition<"alipay.ebpp.invoice.institution.detailinfo.query", AlipayEbppInvoiceInstitutionDetailinfoQueryRequest, AlipayEbppInvoiceInstitutionDetailinfoQueryResult, AlipayEbppInvoiceInstitutionDetailinfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.detailinfo.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "enterprise_id", "institution_id", "outer_source_id", "owner_type"] },
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, institution_id: 0, outer_source_id: 0, owner_type: 0 }),
  () => ({ adapter_type: 0, consult_mode: 0, currency: 0, effective: 0, effective_end_date: 0, effective_start_date: 0, expense_type: 0, institution_desc: 0, institution_id: 0, institution_name: 0, issue_rule_info_list: [IssueRuleInfoShape], multi_employee_share_mode: 0, outer_source_id: 0, owner_id_list: [0], owner_open_id_list: [0], owner_type: 0, scene_type: 0, standard_info_detail_list: [StandardInfoShape], standard_info_list: StandardInfoShape }),
);
