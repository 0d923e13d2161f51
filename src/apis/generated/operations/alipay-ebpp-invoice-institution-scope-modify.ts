// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.scope.modify` (POST /v3/alipay/ebpp/invoice/institution/scope/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionScopeModifyRequest = { account_id: '…', adapter_type: '…' };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionScopeModifyRequest {
  account_id?: string;
  adapter_type?: string;
  add_owner_id_list?: string[];
  add_owner_open_id_list?: string[];
  agreement_no?: string;
  enterprise_id?: string;
  institution_id?: string;
  owner_type?: string;
  remove_owner_id_list?: string[];
  remove_owner_open_id_list?: string[];
}

/**
 * The result of `alipay.ebpp.invoice.institution.scope.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionScopeModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionScopeModifyResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.scope.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionScopeModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionScopeModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `alipay.ebpp.invoice.institution.scope.modify`: POST /v3/alipay/ebpp/invoice/institution/scope/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionScopeModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionScopeModify, { account_id: '…', adapter_type: '…' });
 * ```
 */
export const alipayEbppInvoiceInstitutionScopeModify: ApiDefinition<"alipay.ebpp.invoice.institution.scope.modify", AlipayEbppInvoiceInstitutionScopeModifyRequest, AlipayEbppInvoiceInstitutionScopeModifyResult, AlipayEbppInvoiceInstitutionScopeModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.scope.modify",
  'POST',
  () => ({ account_id: 0, adapter_type: 0, add_owner_id_list: [0], add_owner_open_id_list: [0], agreement_no: 0, enterprise_id: 0, institution_id: 0, owner_type: 0, remove_owner_id_list: [0], remove_owner_open_id_list: [0] }),
  () => ({ result: 2 }),
);
