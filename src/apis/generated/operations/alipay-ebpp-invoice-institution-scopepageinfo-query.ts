// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.scopepageinfo.query` (GET /v3/alipay/ebpp/invoice/institution/scopepageinfo/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionScopepageinfoQueryRequest = { account_id: "2088000194958956", agreement_no: "20215425001112341234" };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionScopepageinfoQueryRequest {
  /** A query parameter (v3). @deprecated */
  account_id?: string;
  /** A query parameter (v3). @deprecated */
  agreement_no?: string;
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  institution_id?: string;
  /** A query parameter (v3). */
  owner_type?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.ebpp.invoice.institution.scopepageinfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionScopepageinfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionScopepageinfoQueryResult {
  adapter_type?: string;
  onwer_open_id_list?: string[];
  owner_id_list?: string[];
  page_num?: number;
  page_size?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.scopepageinfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionScopepageinfoQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionScopepageinfoQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_NOT_EXIST_ERROR";

/**
 * `alipay.ebpp.invoice.institution.scopepageinfo.query`: GET /v3/alipay/ebpp/invoice/institution/scopepageinfo/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionScopepageinfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionScopepageinfoQuery, { account_id: "2088000194958956", agreement_no: "20215425001112341234" });
 * ```
 */
export const alipayEbppInvoiceInstitutionScopepageinfoQuery: ApiDefinition<"alipay.ebpp.invoice.institution.scopepageinfo.query", AlipayEbppInvoiceInstitutionScopepageinfoQueryRequest, AlipayEbppInvoiceInstitutionScopepageinfoQueryResult, AlipayEbppInvoiceInstitutionScopepageinfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.scopepageinfo.query",
  { verb: 'GET', query: ["account_id", "agreement_no", "enterprise_id", "institution_id", "owner_type", "page_num", "page_size"] },
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, institution_id: 0, owner_type: 0, page_num: 1, page_size: 1 }),
  () => ({ adapter_type: 0, onwer_open_id_list: [0], owner_id_list: [0], page_num: 1, page_size: 1, total_page_count: 1 }),
);
