// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type IssueQuotaCheckInfo, IssueQuotaCheckInfoShape } from '../models/IssueQuotaCheckInfo.ts';
import { type IssueTargetInfoContent, IssueTargetInfoContentShape } from '../models/IssueTargetInfoContent.ts';

/**
 * The request of `alipay.ebpp.invoice.expensecontrol.quota.create` (POST /v3/alipay/ebpp/invoice/expensecontrol/quota/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensecontrolQuotaCreateRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolQuotaCreateRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  effective_end_date?: string;
  effective_start_date?: string;
  enterprise_id?: string;
  issue_desc?: string;
  issue_name?: string;
  issue_quota_target_list?: IssueTargetInfoContent[];
  outer_source_id?: string;
  /** @deprecated */
  owner_id?: string;
  /** @deprecated */
  owner_open_id?: string;
  /** @deprecated */
  owner_type?: string;
  /** @deprecated */
  platform?: string;
  quota_type?: string;
  /** @deprecated */
  quota_value?: string;
  share_mode?: string;
  target_id?: string;
  target_type?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expensecontrol.quota.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensecontrolQuotaCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolQuotaCreateResult {
  issue_batch_id?: string;
  issue_quota_check_failed_list?: IssueQuotaCheckInfo[];
  quota_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.expensecontrol.quota.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensecontrolQuotaCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpensecontrolQuotaCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "QUOTA_EXISTS" | "REQUEST_REPEAT" | "ISSUE_BATCH_NO_DUPLICATE" | "EMPLOYEE_NOT_IN_INSTITUTION_SCOPE" | "INSTITUTION_EXPIRED" | "ISSUE_NAME_DUPLICATE";

/**
 * `alipay.ebpp.invoice.expensecontrol.quota.create`: POST /v3/alipay/ebpp/invoice/expensecontrol/quota/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensecontrolQuotaCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensecontrolQuotaCreate, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpensecontrolQuotaCreate: ApiDefinition<"alipay.ebpp.invoice.expensecontrol.quota.create", AlipayEbppInvoiceExpensecontrolQuotaCreateRequest, AlipayEbppInvoiceExpensecontrolQuotaCreateResult, AlipayEbppInvoiceExpensecontrolQuotaCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensecontrol.quota.create",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, effective_end_date: 0, effective_start_date: 0, enterprise_id: 0, issue_desc: 0, issue_name: 0, issue_quota_target_list: [IssueTargetInfoContentShape], outer_source_id: 0, owner_id: 0, owner_open_id: 0, owner_type: 0, platform: 0, quota_type: 0, quota_value: 0, share_mode: 0, target_id: 0, target_type: 0 }),
  () => ({ issue_batch_id: 0, issue_quota_check_failed_list: [IssueQuotaCheckInfoShape], quota_id: 0 }),
);
