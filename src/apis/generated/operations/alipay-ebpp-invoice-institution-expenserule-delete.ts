// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.expenserule.delete` (POST /v3/alipay/ebpp/invoice/institution/expenserule/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionExpenseruleDeleteRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionExpenseruleDeleteRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  enterprise_id?: string;
  institution_id?: string;
  standard_id_list?: string[];
}

/**
 * The result of `alipay.ebpp.invoice.institution.expenserule.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionExpenseruleDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionExpenseruleDeleteResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.expenserule.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionExpenseruleDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionExpenseruleDeleteErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_NOT_EXIST_ERROR";

/**
 * `alipay.ebpp.invoice.institution.expenserule.delete`: POST /v3/alipay/ebpp/invoice/institution/expenserule/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionExpenseruleDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionExpenseruleDelete, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceInstitutionExpenseruleDelete: ApiDefinition<"alipay.ebpp.invoice.institution.expenserule.delete", AlipayEbppInvoiceInstitutionExpenseruleDeleteRequest, AlipayEbppInvoiceInstitutionExpenseruleDeleteResult, AlipayEbppInvoiceInstitutionExpenseruleDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.expenserule.delete",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, institution_id: 0, standard_id_list: [0] }),
  () => ({ result: 2 }),
);
