// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type IssueRuleIdInfo, IssueRuleIdInfoShape } from '../models/IssueRuleIdInfo.ts';
import { type IssueRuleInfo, IssueRuleInfoShape } from '../models/IssueRuleInfo.ts';
import { type StandardIdInfo, StandardIdInfoShape } from '../models/StandardIdInfo.ts';
import { type StandardInfo, StandardInfoShape } from '../models/StandardInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.create` (POST /v3/alipay/ebpp/invoice/institution/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionCreateRequest = { account_id: '…', adapter_type: '…' };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionCreateRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  adapter_type?: string;
  /** @deprecated */
  agreement_no?: string;
  consult_mode?: string;
  currency?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  enterprise_id?: string;
  expense_type?: string;
  institution_desc?: string;
  institution_name?: string;
  institution_scope_info?: InstitutionScopeInfo;
  issue_rule_info_list?: IssueRuleInfo[];
  multi_employee_share_mode?: string;
  outer_source_id?: string;
  /** @deprecated */
  owner_id_list?: string[];
  /** @deprecated */
  owner_open_id_list?: string[];
  /** @deprecated */
  owner_type?: string;
  /** @deprecated */
  scene_type?: string;
  standard_info_list?: StandardInfo[];
}

/**
 * The result of `alipay.ebpp.invoice.institution.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionCreateResult {
  institution_id?: string;
  issue_rule_id_info_list?: IssueRuleIdInfo[];
  standard_id_info_list?: StandardIdInfo[];
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_CREATE_FAIL" | "ENTERPRISE_SYNC_EXTERIOR_EXCEPTION" | "RECORD_EXIST";

/**
 * `InstitutionScopeInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.create`).
 *
 * @example
 * ```ts
 * const value: InstitutionScopeInfo = { adapter_type: '…', owner_type: '…' };
 * ```
 */
export interface InstitutionScopeInfo {
  adapter_type?: string;
  owner_id_list?: string[];
  owner_type?: string;
}
const InstitutionScopeInfoShape = (): object => ({ adapter_type: 0, owner_id_list: [0], owner_type: 0 });

/**
 * `alipay.ebpp.invoice.institution.create`: POST /v3/alipay/ebpp/invoice/institution/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionCreate, { account_id: '…', adapter_type: '…' });
 * ```
 */
export const alipayEbppInvoiceInstitutionCreate: ApiDefinition<"alipay.ebpp.invoice.institution.create", AlipayEbppInvoiceInstitutionCreateRequest, AlipayEbppInvoiceInstitutionCreateResult, AlipayEbppInvoiceInstitutionCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.create",
  'POST',
  () => ({ account_id: 0, adapter_type: 0, agreement_no: 0, consult_mode: 0, currency: 0, effective_end_date: 0, effective_start_date: 0, enterprise_id: 0, expense_type: 0, institution_desc: 0, institution_name: 0, institution_scope_info: InstitutionScopeInfoShape, issue_rule_info_list: [IssueRuleInfoShape], multi_employee_share_mode: 0, outer_source_id: 0, owner_id_list: [0], owner_open_id_list: [0], owner_type: 0, scene_type: 0, standard_info_list: [StandardInfoShape] }),
  () => ({ institution_id: 0, issue_rule_id_info_list: [IssueRuleIdInfoShape], standard_id_info_list: [StandardIdInfoShape] }),
);
