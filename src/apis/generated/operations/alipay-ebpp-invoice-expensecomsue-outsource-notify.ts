// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.expensecomsue.outsource.notify` (POST /v3/alipay/ebpp/invoice/expensecomsue/outsource/notify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceExpensecomsueOutsourceNotifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayEbppInvoiceExpensecomsueOutsourceNotifyRequest {
  account_id?: string;
  agreement_no?: string;
  amount?: number;
  deal_time?: string;
  employee_id?: string;
  employee_id_type?: number;
  employee_open_id?: string;
  enterprise_id?: string;
  extend?: string;
  is_off_set?: number;
  out_source_id?: string;
  platform?: string;
  relate_no?: string;
  standard_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.expensecomsue.outsource.notify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceExpensecomsueOutsourceNotifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceExpensecomsueOutsourceNotifyResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.expensecomsue.outsource.notify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceExpensecomsueOutsourceNotifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceExpensecomsueOutsourceNotifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "PERMISSION_DENIED" | "WORK_NO_NOT_FIND" | "QUOTA_DEAL_ERROR" | "PLATFORM_ILLEGAL" | "EMPLOYEE_NO_NOT_FIND";

/**
 * `alipay.ebpp.invoice.expensecomsue.outsource.notify`: POST /v3/alipay/ebpp/invoice/expensecomsue/outsource/notify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceExpensecomsueOutsourceNotify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceExpensecomsueOutsourceNotify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayEbppInvoiceExpensecomsueOutsourceNotify: ApiDefinition<"alipay.ebpp.invoice.expensecomsue.outsource.notify", AlipayEbppInvoiceExpensecomsueOutsourceNotifyRequest, AlipayEbppInvoiceExpensecomsueOutsourceNotifyResult, AlipayEbppInvoiceExpensecomsueOutsourceNotifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.expensecomsue.outsource.notify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, amount: 1, deal_time: 0, employee_id: 0, employee_id_type: 1, employee_open_id: 0, enterprise_id: 0, extend: 0, is_off_set: 1, out_source_id: 0, platform: 0, relate_no: 0, standard_id: 0 }),
  () => ({ success: 2 }),
);
