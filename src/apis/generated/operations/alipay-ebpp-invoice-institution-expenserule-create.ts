// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AssetShareSourceInfo, AssetShareSourceInfoShape } from '../models/AssetShareSourceInfo.ts';
import { type ExpenseCtrRuleInfo, ExpenseCtrRuleInfoShape } from '../models/ExpenseCtrRuleInfo.ts';
import { type StandardConditionInfo, StandardConditionInfoShape } from '../models/StandardConditionInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.expenserule.create` (POST /v3/alipay/ebpp/invoice/institution/expenserule/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionExpenseruleCreateRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionExpenseruleCreateRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  asset_share_source_info?: AssetShareSourceInfo;
  consume_mode?: string;
  enterprise_id?: string;
  expense_ctrl_rule_info_list?: ExpenseCtrRuleInfo;
  expense_type_sub_category?: string;
  institution_id?: string;
  open_rule_id?: string;
  outer_source_id?: string;
  payment_policy?: string;
  personal_qrcode_mode?: number;
  standard_condition_info_list?: StandardConditionInfo[];
  standard_desc?: string;
  standard_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.institution.expenserule.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionExpenseruleCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionExpenseruleCreateResult {
  standard_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.expenserule.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionExpenseruleCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionExpenseruleCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_NOT_EXIST_ERROR" | "BIND_INVOICE_RULE_FAILED" | "RECORD_EXIST";

/**
 * `alipay.ebpp.invoice.institution.expenserule.create`: POST /v3/alipay/ebpp/invoice/institution/expenserule/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionExpenseruleCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionExpenseruleCreate, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceInstitutionExpenseruleCreate: ApiDefinition<"alipay.ebpp.invoice.institution.expenserule.create", AlipayEbppInvoiceInstitutionExpenseruleCreateRequest, AlipayEbppInvoiceInstitutionExpenseruleCreateResult, AlipayEbppInvoiceInstitutionExpenseruleCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.expenserule.create",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, asset_share_source_info: AssetShareSourceInfoShape, consume_mode: 0, enterprise_id: 0, expense_ctrl_rule_info_list: ExpenseCtrRuleInfoShape, expense_type_sub_category: 0, institution_id: 0, open_rule_id: 0, outer_source_id: 0, payment_policy: 0, personal_qrcode_mode: 1, standard_condition_info_list: [StandardConditionInfoShape], standard_desc: 0, standard_name: 0 }),
  () => ({ standard_id: 0 }),
);
