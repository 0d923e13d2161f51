// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AssetShareSourceInfo, AssetShareSourceInfoShape } from '../models/AssetShareSourceInfo.ts';
import { type ExpenseCtrRuleInfo, ExpenseCtrRuleInfoShape } from '../models/ExpenseCtrRuleInfo.ts';
import { type StandardConditionInfo, StandardConditionInfoShape } from '../models/StandardConditionInfo.ts';

/**
 * The request of `alipay.ebpp.invoice.institution.expenserule.modify` (POST /v3/alipay/ebpp/invoice/institution/expenserule/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceInstitutionExpenseruleModifyRequest = { account_id: '…', action: '…' };
 * ```
 */
export interface AlipayEbppInvoiceInstitutionExpenseruleModifyRequest {
  /** @deprecated */
  account_id?: string;
  action?: string;
  /** @deprecated */
  agreement_no?: string;
  asset_share_source_info?: AssetShareSourceInfo;
  consume_mode?: string;
  enterprise_id?: string;
  expense_ctrl_rule_info_list?: ExpenseCtrRuleInfo[];
  institution_id?: string;
  open_rule_id?: string;
  payment_policy?: string;
  personal_qrcode_mode?: number;
  standard_condition_info_list?: StandardConditionInfo[];
  standard_desc?: string;
  standard_id?: string;
  standard_name?: string;
}

/**
 * The result of `alipay.ebpp.invoice.institution.expenserule.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceInstitutionExpenseruleModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceInstitutionExpenseruleModifyResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.institution.expenserule.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceInstitutionExpenseruleModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceInstitutionExpenseruleModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INSTITUTION_NOT_EXIST_ERROR" | "EXPENSE_RULE_MODIFY_FAIL" | "BIND_INVOICE_RULE_FAILED" | "STANDARD_NOT_EXIST_ERROR";

/**
 * `alipay.ebpp.invoice.institution.expenserule.modify`: POST /v3/alipay/ebpp/invoice/institution/expenserule/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceInstitutionExpenseruleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceInstitutionExpenseruleModify, { account_id: '…', action: '…' });
 * ```
 */
export const alipayEbppInvoiceInstitutionExpenseruleModify: ApiDefinition<"alipay.ebpp.invoice.institution.expenserule.modify", AlipayEbppInvoiceInstitutionExpenseruleModifyRequest, AlipayEbppInvoiceInstitutionExpenseruleModifyResult, AlipayEbppInvoiceInstitutionExpenseruleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.institution.expenserule.modify",
  'POST',
  () => ({ account_id: 0, action: 0, agreement_no: 0, asset_share_source_info: AssetShareSourceInfoShape, consume_mode: 0, enterprise_id: 0, expense_ctrl_rule_info_list: [ExpenseCtrRuleInfoShape], institution_id: 0, open_rule_id: 0, payment_policy: 0, personal_qrcode_mode: 1, standard_condition_info_list: [StandardConditionInfoShape], standard_desc: 0, standard_id: 0, standard_name: 0 }),
  () => ({ result: 2 }),
);
