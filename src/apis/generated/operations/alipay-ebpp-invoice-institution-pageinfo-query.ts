// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.pageinfo.query` (GET /v3/alipay/ebpp/invoice/institution/pageinfo/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionPageinfoQueryRequest = { account_id: "2088000194958956", agreement_no: "20215425001112341234" };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionPageinfoQueryRequest {
  /** A query parameter (v3). @deprecated */
  account_id?: string;
  /** A query parameter (v3). @deprecated */
  agreement_no?: string;
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.ebpp.invoice.institution.pageinfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionPageinfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionPageinfoQueryResult {
  institution_basic_info_list?: InstitutionBasicInfo[];
  page_num?: string;
  page_size?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.pageinfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionPageinfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionPageinfoQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `InstitutionBasicInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.pageinfo.query`).
 *
 * @example
 * ```ts
 * const value: InstitutionBasicInfo = { consult_mode: '…', currency: '…' };
 * ```
 */
export interface InstitutionBasicInfo {
  consult_mode?: string;
  currency?: string;
  effective?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  institution_desc?: string;
  institution_id?: string;
  institution_name?: string;
  multi_employee_share_mode?: string;
}
const InstitutionBasicInfoShape = (): object => ({ consult_mode: 0, currency: 0, effective: 0, effective_end_date: 0, effective_start_date: 0, institution_desc: 0, institution_id: 0, institution_name: 0, multi_employee_share_mode: 0 });

/**
 * `alipay.ebpp.invoice.institution.pageinfo.query`: GET /v3/alipay/ebpp/invoice/institution/pageinfo/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionPageinfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionPageinfoQuery, { account_id: "2088000194958956", agreement_no: "20215425001112341234" });
 * ```
 */
export const alipayEbppInvoiceInstitutionPageinfoQuery: ApiDefinition<"alipay.ebpp.invoice.institution.pageinfo.query", AlipayEbppInvoiceInstitutionPageinfoQueryRequest, AlipayEbppInvoiceInstitutionPageinfoQueryResult, AlipayEbppInvoiceInstitutionPageinfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.pageinfo.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "enterprise_id", "page_num", "page_size"] },
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, page_num: 1, page_size: 1 }),
  () => ({ institution_basic_info_list: [InstitutionBasicInfoShape], page_num: 0, page_size: 1, total_page_count: 1 }),
);
