// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AssetShareSourceInfo, AssetShareSourceInfoShape } from '../models/AssetShareSourceInfo.ts';
import { type IssueRuleIdInfo, IssueRuleIdInfoShape } from '../models/IssueRuleIdInfo.ts';
import { type IssueRuleInfo, IssueRuleInfoShape } from '../models/IssueRuleInfo.ts';
import { type StandardConditionInfo, StandardConditionInfoShape } from '../models/StandardConditionInfo.ts';
import { type StandardIdInfo, StandardIdInfoShape } from '../models/StandardIdInfo.ts';
import { type StandardInfo, StandardInfoShape } from '../models/StandardInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.modify` (POST /v3/alipay/ebpp/invoice/institution/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionModifyRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  consult_mode?: string;
  effective?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  enterprise_id?: string;
  institution_desc?: string;
  institution_id?: string;
  institution_name?: string;
  modify_issue_rule_detail_info?: ModifyIssueRuleDetailInfo;
  modify_scope_info?: ModifyScopeInfo;
  modify_standard_detail_info?: ModifyStandardDetailInfo;
}

/**
 * The result of `alipay.ebpp.invoice.institution.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionModifyResult {
  issue_rule_id_info_list?: IssueRuleIdInfo[];
  result?: boolean;
  standard_id_info_list?: StandardIdInfo[];
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_NOT_EXIST_ERROR" | "INSTITUTION_MODIFY_FAIL" | "MODIFY_CONSULT_FAILED_ISSUE" | "MODIFY_CONSULT_FAILED_CONSUME" | "RECORD_EXIST";

/**
 * `ModifyIssueRuleDetailInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: ModifyIssueRuleDetailInfo = {};
 * ```
 */
export interface ModifyIssueRuleDetailInfo {
  add_issue_rule_list?: IssueRuleInfo[];
  delete_issue_rule_id_list?: string[];
  modify_issue_rule_list?: ModifyIssueRuleInfo;
}
const ModifyIssueRuleDetailInfoShape = (): object => ({ add_issue_rule_list: [IssueRuleInfoShape], delete_issue_rule_id_list: [0], modify_issue_rule_list: ModifyIssueRuleInfoShape });

/**
 * `ModifyIssueRuleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: ModifyIssueRuleInfo = { effective_period: '…', invalid_mode: 1 };
 * ```
 */
export interface ModifyIssueRuleInfo {
  effective_period?: string;
  invalid_mode?: number;
  invalid_mode_value?: string;
  issue_amount_value?: string;
  issue_rule_id?: string;
  issue_rule_name?: string;
  issue_type?: string;
  quota_type?: string;
  share_mode?: number;
}
const ModifyIssueRuleInfoShape = (): object => ({ effective_period: 0, invalid_mode: 1, invalid_mode_value: 0, issue_amount_value: 0, issue_rule_id: 0, issue_rule_name: 0, issue_type: 0, quota_type: 0, share_mode: 1 });

/**
 * `ModifyScopeInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: ModifyScopeInfo = { adapter_type: '…', owner_type: '…' };
 * ```
 */
export interface ModifyScopeInfo {
  adapter_type?: string;
  add_owner_id_list?: string[];
  delete_owner_id_list?: string[];
  owner_type?: string;
}
const ModifyScopeInfoShape = (): object => ({ adapter_type: 0, add_owner_id_list: [0], delete_owner_id_list: [0], owner_type: 0 });

/**
 * `ModifyStandardDetailInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: ModifyStandardDetailInfo = {};
 * ```
 */
export interface ModifyStandardDetailInfo {
  add_standard_list?: StandardInfo[];
  delete_standard_id_list?: string[];
  modify_standard_list?: ModifyStandardInfo[];
}
const ModifyStandardDetailInfoShape = (): object => ({ add_standard_list: [StandardInfoShape], delete_standard_id_list: [0], modify_standard_list: [ModifyStandardInfoShape] });

/**
 * `ModifyStandardInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.institution.modify`).
 *
 * @example
 * ```ts
 * const value: ModifyStandardInfo = { consume_mode: '…', open_rule_id: '…' };
 * ```
 */
export interface ModifyStandardInfo {
  add_condition_list?: StandardConditionInfo[];
  asset_share_source_info?: AssetShareSourceInfo;
  consume_mode?: string;
  delete_condition_id_list?: string[];
  modify_condition_list?: StandardConditionInfo[];
  open_rule_id?: string;
  payment_policy?: string;
  personal_qrcode_mode?: number;
  standard_desc?: string;
  standard_id?: string;
  standard_name?: string;
}
const ModifyStandardInfoShape = (): object => ({ add_condition_list: [StandardConditionInfoShape], asset_share_source_info: AssetShareSourceInfoShape, consume_mode: 0, delete_condition_id_list: [0], modify_condition_list: [StandardConditionInfoShape], open_rule_id: 0, payment_policy: 0, personal_qrcode_mode: 1, standard_desc: 0, standard_id: 0, standard_name: 0 });

/**
 * `alipay.ebpp.invoice.institution.modify`: POST /v3/alipay/ebpp/invoice/institution/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceInstitutionModify: ApiDefinition<"alipay.ebpp.invoice.institution.modify", AlipayEbppInvoiceInstitutionModifyRequest, AlipayEbppInvoiceInstitutionModifyResult, AlipayEbppInvoiceInstitutionModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.modify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, consult_mode: 0, effective: 0, effective_end_date: 0, effective_start_date: 0, enterprise_id: 0, institution_desc: 0, institution_id: 0, institution_name: 0, modify_issue_rule_detail_info: ModifyIssueRuleDetailInfoShape, modify_scope_info: ModifyScopeInfoShape, modify_standard_detail_info: ModifyStandardDetailInfoShape }),
  () => ({ issue_rule_id_info_list: [IssueRuleIdInfoShape], result: 2, standard_id_info_list: [StandardIdInfoShape] }),
);
