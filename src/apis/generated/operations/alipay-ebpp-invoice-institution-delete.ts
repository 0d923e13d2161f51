// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.delete` (DELETE /v3/alipay/ebpp/invoice/institution/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionDeleteRequest = { account_id: "2088000194958956", agreement_no: "20215425001181407500" };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionDeleteRequest {
  /** A query parameter (v3). @deprecated */
  account_id?: string;
  /** A query parameter (v3). @deprecated */
  agreement_no?: string;
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  institution_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.institution.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionDeleteResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionDeleteErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_NOT_EXIST_ERROR" | "INSTITUTION_DELETE_FAIL" | "ENTERPRISE_SYNC_EXTERIOR_EXCEPTION";

/**
 * `alipay.ebpp.invoice.institution.delete`: DELETE /v3/alipay/ebpp/invoice/institution/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionDelete, { account_id: "2088000194958956", agreement_no: "20215425001181407500" });
 * ```
 */
export const alipayEbppInvoiceInstitutionDelete: ApiDefinition<"alipay.ebpp.invoice.institution.delete", AlipayEbppInvoiceInstitutionDeleteRequest, AlipayEbppInvoiceInstitutionDeleteResult, AlipayEbppInvoiceInstitutionDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.delete",
  { verb: 'DELETE', query: ["account_id", "agreement_no", "enterprise_id", "institution_id"] },
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, institution_id: 0 }),
  () => ({ result: 2 }),
);
