// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.bizfundagent.query` (GET /v3/alipay/data/bill/bizfundagent/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillBizfundagentQueryRequest = { start_time: "2021-01-01 00:00:00", end_time: "2021-02-01 00:00:00" };
 * ```
 */
export interface AlipayDataBillBizfundagentQueryRequest {
  /** A query parameter (v3). */
  start_time?: string;
  /** A query parameter (v3). */
  end_time?: string;
  /** A query parameter (v3). */
  page_no?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  agreement_type?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  account_book_id?: string;
}

/**
 * The result of `alipay.data.bill.bizfundagent.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillBizfundagentQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillBizfundagentQueryResult {
  detail_list?: BizFundReportResult[];
  page_no?: string;
  page_size?: string;
  total_size?: string;
}

/**
 * The error codes of `alipay.data.bill.bizfundagent.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillBizfundagentQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillBizfundagentQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "DATA_QUERY_TIMEOUT";

/**
 * `BizFundReportResult`, a model of Alipay's v3 description (in `alipay.data.bill.bizfundagent.query`).
 *
 * @example
 * ```ts
 * const value: BizFundReportResult = { alipay_amount: '…', batch_type: '…' };
 * ```
 */
export interface BizFundReportResult {
  alipay_amount?: string;
  batch_type?: string;
  biz_type?: string;
  biz_type_desc?: string;
  charge_fee?: string;
  gmt_create?: string;
  instruction_id?: string;
  memo?: string;
  no_mbill_encrypt?: string;
  order_id?: string;
  pay_amount?: string;
  payee_card_no?: string;
  payee_full_name?: string;
  payee_fund_type?: string;
  payee_fund_type_desc?: string;
  payee_inst_name?: string;
  payee_login_email?: string;
  payee_name?: string;
  payer_fund_type?: string;
  payer_fund_type_desc?: string;
  refund_amount?: string;
  show_detail?: string;
  show_voucher?: string;
  source?: string;
  status?: string;
  status_desc?: string;
  sub_biz_type?: string;
  sub_biz_type_desc?: string;
}
const BizFundReportResultShape = (): object => ({ alipay_amount: 0, batch_type: 0, biz_type: 0, biz_type_desc: 0, charge_fee: 0, gmt_create: 0, instruction_id: 0, memo: 0, no_mbill_encrypt: 0, order_id: 0, pay_amount: 0, payee_card_no: 0, payee_full_name: 0, payee_fund_type: 0, payee_fund_type_desc: 0, payee_inst_name: 0, payee_login_email: 0, payee_name: 0, payer_fund_type: 0, payer_fund_type_desc: 0, refund_amount: 0, show_detail: 0, show_voucher: 0, source: 0, status: 0, status_desc: 0, sub_biz_type: 0, sub_biz_type_desc: 0 });

/**
 * `alipay.data.bill.bizfundagent.query`: GET /v3/alipay/data/bill/bizfundagent/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillBizfundagentQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillBizfundagentQuery, { start_time: "2021-01-01 00:00:00", end_time: "2021-02-01 00:00:00" });
 * ```
 */
export const alipayDataBillBizfundagentQuery: ApiDefinition<"alipay.data.bill.bizfundagent.query", AlipayDataBillBizfundagentQueryRequest, AlipayDataBillBizfundagentQueryResult, AlipayDataBillBizfundagentQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.bizfundagent.query",
  { verb: 'GET', query: ["start_time", "end_time", "page_no", "page_size", "agreement_type", "agreement_no", "account_book_id"] },
  () => ({ start_time: 0, end_time: 0, page_no: 0, page_size: 0, agreement_type: 0, agreement_no: 0, account_book_id: 0 }),
  () => ({ detail_list: [BizFundReportResultShape], page_no: 0, page_size: 0, total_size: 0 }),
);
