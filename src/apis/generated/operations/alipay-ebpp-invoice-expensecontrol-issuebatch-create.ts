// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type IssueQuotaCheckInfo, IssueQuotaCheckInfoShape } from '../models/IssueQuotaCheckInfo.ts';
import { type IssueTargetInfoContent, IssueTargetInfoContentShape } from '../models/IssueTargetInfoContent.ts';

/**
 * The request of `alipay.ebpp.invoice.expensecontrol.issuebatch.create` (POST /v3/alipay/ebpp/invoice/expensecontrol/issuebatch/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensecontrolIssuebatchCreateRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolIssuebatchCreateRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  batch_no?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  enterprise_id?: string;
  institution_id?: string;
  issue_desc?: string;
  issue_name?: string;
  issue_target_info_list?: IssueTargetInfoContent[];
  quota_type?: string;
  share_mode?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expensecontrol.issuebatch.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensecontrolIssuebatchCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolIssuebatchCreateResult {
  issue_batch_id?: string;
  issue_quota_check_failed_list?: IssueQuotaCheckInfo[];
}

/**
 * The error codes of `alipay.ebpp.invoice.expensecontrol.issuebatch.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensecontrolIssuebatchCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpensecontrolIssuebatchCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ISSUE_NAME_DUPLICATE" | "ISSUE_BATCH_NO_DUPLICATE" | "EMPLOYEE_NOT_IN_INSTITUTION_SCOPE" | "BUSINESS_VALIDATE_ERROR" | "INSTITUTION_START_DATE_NOT_REACHED" | "PERMISSION_DENIED" | "INSTITUTION_IS_INVALID" | "INSTITUTION_ACTIVE_DATE_NOT_REACHED" | "FREQUENT_OPERATION_ERROR";

/**
 * `alipay.ebpp.invoice.expensecontrol.issuebatch.create`: POST /v3/alipay/ebpp/invoice/expensecontrol/issuebatch/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensecontrolIssuebatchCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensecontrolIssuebatchCreate, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpensecontrolIssuebatchCreate: ApiDefinition<"alipay.ebpp.invoice.expensecontrol.issuebatch.create", AlipayEbppInvoiceExpensecontrolIssuebatchCreateRequest, AlipayEbppInvoiceExpensecontrolIssuebatchCreateResult, AlipayEbppInvoiceExpensecontrolIssuebatchCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensecontrol.issuebatch.create",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, batch_no: 0, effective_end_date: 0, effective_start_date: 0, enterprise_id: 0, institution_id: 0, issue_desc: 0, issue_name: 0, issue_target_info_list: [IssueTargetInfoContentShape], quota_type: 0, share_mode: 0 }),
  () => ({ issue_batch_id: 0, issue_quota_check_failed_list: [IssueQuotaCheckInfoShape] }),
);
