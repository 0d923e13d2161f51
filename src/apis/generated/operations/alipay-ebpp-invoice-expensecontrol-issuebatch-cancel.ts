// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expensecontrol.issuebatch.cancel` (POST /v3/alipay/ebpp/invoice/expensecontrol/issuebatch/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensecontrolIssuebatchCancelRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolIssuebatchCancelRequest {
  /** @deprecated */
  account_id?: string;
  /** @deprecated */
  agreement_no?: string;
  enterprise_id?: string;
  institution_id?: string;
  issue_batch_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expensecontrol.issuebatch.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensecontrolIssuebatchCancelResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensecontrolIssuebatchCancelResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.expensecontrol.issuebatch.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensecontrolIssuebatchCancelErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceExpensecontrolIssuebatchCancelErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ISSUE_BATCH_IS_INVALID" | "ISSUE_BATCH_REVOKING" | "ISSUE_BATCH_IN_PROGRESS" | "PERMISSION_DENIED" | "FREQUENT_OPERATION_ERROR";

/**
 * `alipay.ebpp.invoice.expensecontrol.issuebatch.cancel`: POST /v3/alipay/ebpp/invoice/expensecontrol/issuebatch/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensecontrolIssuebatchCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensecontrolIssuebatchCancel, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpensecontrolIssuebatchCancel: ApiDefinition<"alipay.ebpp.invoice.expensecontrol.issuebatch.cancel", AlipayEbppInvoiceExpensecontrolIssuebatchCancelRequest, AlipayEbppInvoiceExpensecontrolIssuebatchCancelResult, AlipayEbppInvoiceExpensecontrolIssuebatchCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensecontrol.issuebatch.cancel",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, enterprise_id: 0, institution_id: 0, issue_batch_id: 0 }),
  () => ({ result: 2 }),
);
