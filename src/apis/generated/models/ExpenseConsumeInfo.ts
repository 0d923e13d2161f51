// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ExpenseConsumeInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.consume.batchquery`, `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: ExpenseConsumeInfo = { account_id: '…', actual_account_number: '…' };
 * ```
 */
export interface ExpenseConsumeInfo {
  account_id?: string;
  actual_account_number?: string;
  batch_id?: string;
  bill_no?: string;
  bill_type?: string;
  category_name?: string;
  consume_amount?: string;
  consume_date?: string;
  consume_title?: string;
  employee_id?: string;
  employee_open_id?: string;
  merchant_id?: string;
  mshop_id?: string;
  open_model?: string;
  original_voucher_id?: string;
  out_biz_no?: string;
  p_pay_amount?: string;
  payee_name?: string;
  project_id?: string;
  projiect_id?: string;
  refund_amount?: string;
  refund_status?: string;
  standard_id?: string;
  store_id?: string;
  summary_id?: string;
  tp_sign?: string;
  voucher_id?: string;
}
export const ExpenseConsumeInfoShape = (): object => ({ account_id: 0, actual_account_number: 0, batch_id: 0, bill_no: 0, bill_type: 0, category_name: 0, consume_amount: 0, consume_date: 0, consume_title: 0, employee_id: 0, employee_open_id: 0, merchant_id: 0, mshop_id: 0, open_model: 0, original_voucher_id: 0, out_biz_no: 0, p_pay_amount: 0, payee_name: 0, project_id: 0, projiect_id: 0, refund_amount: 0, refund_status: 0, standard_id: 0, store_id: 0, summary_id: 0, tp_sign: 0, voucher_id: 0 });
