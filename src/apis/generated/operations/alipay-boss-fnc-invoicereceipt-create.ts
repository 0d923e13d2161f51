// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MultiCurrencyMoneyOpenApi, MultiCurrencyMoneyOpenApiShape } from '../models/MultiCurrencyMoneyOpenApi.ts';

/**
 * The request of `alipay.boss.fnc.invoicereceipt.create` (POST /v3/alipay/boss/fnc/invoicereceipt/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncInvoicereceiptCreateRequest = { event_code: '…', event_type: '…' };
 * ```
 */
export interface AlipayBossFncInvoicereceiptCreateRequest {
  event_code?: string;
  event_type?: string;
  monthly_bill?: ArMonthlyBillDTO;
  msg_id?: string;
  out_biz_type?: string;
}

/**
 * The result of `alipay.boss.fnc.invoicereceipt.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncInvoicereceiptCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayBossFncInvoicereceiptCreateResult = Record<string, never>;

/**
 * The error codes of `alipay.boss.fnc.invoicereceipt.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncInvoicereceiptCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayBossFncInvoicereceiptCreateErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `ArMonthlyBillDTO`, a model of Alipay's v3 description (in `alipay.boss.fnc.invoicereceipt.create`).
 *
 * @example
 * ```ts
 * const value: ArMonthlyBillDTO = { account_day: '…', accrued_date: '…' };
 * ```
 */
export interface ArMonthlyBillDTO {
  account_day?: string;
  accrued_date?: string;
  adjust_amt?: MultiCurrencyMoneyOpenApi;
  analysis_dmsn_1?: string;
  analysis_dmsn_2?: string;
  analysis_dmsn_3?: string;
  analysis_dmsn_4?: string;
  arrangement_no?: string;
  bill_amt?: MultiCurrencyMoneyOpenApi;
  bill_end_date?: string;
  bill_month?: string;
  bill_no?: string;
  bill_start_date?: string;
  bill_type?: string;
  charge_item_code?: string;
  charge_type?: string;
  check_status?: string;
  checked_amt?: MultiCurrencyMoneyOpenApi;
  checking_amt?: MultiCurrencyMoneyOpenApi;
  clcn_basic_amt?: number;
  clcn_basic_type?: string;
  clcn_method?: string;
  freeze_amt?: MultiCurrencyMoneyOpenApi;
  gmt_create?: string;
  gmt_modified?: string;
  gmt_pay?: string;
  inst_id?: string;
  invoice_amt?: MultiCurrencyMoneyOpenApi;
  invoiced_amt?: MultiCurrencyMoneyOpenApi;
  ip_id?: string;
  ip_name?: string;
  ip_role_id?: string;
  last_moder?: string;
  link_invoice_amt?: MultiCurrencyMoneyOpenApi;
  pay_original?: string;
  pay_status?: string;
  pay_way?: string;
  payee_account?: string;
  payer_account?: string;
  payer_ip_role_id?: string;
  prod_code?: string;
  received_amt?: MultiCurrencyMoneyOpenApi;
  record_id?: string;
  service_amt?: MultiCurrencyMoneyOpenApi;
  settle_type?: string;
  sign_ip_id?: string;
  sign_ip_role_id?: string;
  stl_ip_role_id?: string;
  tax_amt?: MultiCurrencyMoneyOpenApi;
  tax_rate?: number;
  tax_type?: string;
  to_writeoff_detail_count?: number;
  type?: string;
  writeoff_detail_dount?: number;
  writingoff_amt?: MultiCurrencyMoneyOpenApi;
}
const ArMonthlyBillDTOShape = (): object => ({ account_day: 0, accrued_date: 0, adjust_amt: MultiCurrencyMoneyOpenApiShape, analysis_dmsn_1: 0, analysis_dmsn_2: 0, analysis_dmsn_3: 0, analysis_dmsn_4: 0, arrangement_no: 0, bill_amt: MultiCurrencyMoneyOpenApiShape, bill_end_date: 0, bill_month: 0, bill_no: 0, bill_start_date: 0, bill_type: 0, charge_item_code: 0, charge_type: 0, check_status: 0, checked_amt: MultiCurrencyMoneyOpenApiShape, checking_amt: MultiCurrencyMoneyOpenApiShape, clcn_basic_amt: 1, clcn_basic_type: 0, clcn_method: 0, freeze_amt: MultiCurrencyMoneyOpenApiShape, gmt_create: 0, gmt_modified: 0, gmt_pay: 0, inst_id: 0, invoice_amt: MultiCurrencyMoneyOpenApiShape, invoiced_amt: MultiCurrencyMoneyOpenApiShape, ip_id: 0, ip_name: 0, ip_role_id: 0, last_moder: 0, link_invoice_amt: MultiCurrencyMoneyOpenApiShape, pay_original: 0, pay_status: 0, pay_way: 0, payee_account: 0, payer_account: 0, payer_ip_role_id: 0, prod_code: 0, received_amt: MultiCurrencyMoneyOpenApiShape, record_id: 0, service_amt: MultiCurrencyMoneyOpenApiShape, settle_type: 0, sign_ip_id: 0, sign_ip_role_id: 0, stl_ip_role_id: 0, tax_amt: MultiCurrencyMoneyOpenApiShape, tax_rate: 1, tax_type: 0, to_writeoff_detail_count: 1, type: 0, writeoff_detail_dount: 1, writingoff_amt: MultiCurrencyMoneyOpenApiShape });

/**
 * `alipay.boss.fnc.invoicereceipt.create`: POST /v3/alipay/boss/fnc/invoicereceipt/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncInvoicereceiptCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncInvoicereceiptCreate, { event_code: '…', event_type: '…' });
 * ```
 */
export const alipayBossFncInvoicereceiptCreate: ApiDefinition<"alipay.boss.fnc.invoicereceipt.create", AlipayBossFncInvoicereceiptCreateRequest, AlipayBossFncInvoicereceiptCreateResult, AlipayBossFncInvoicereceiptCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.invoicereceipt.create",
  'POST',
  () => ({ event_code: 0, event_type: 0, monthly_bill: ArMonthlyBillDTOShape, msg_id: 0, out_biz_type: 0 }),
  () => ({}),
);
