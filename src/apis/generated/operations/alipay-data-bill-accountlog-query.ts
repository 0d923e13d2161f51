// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.accountlog.query` (GET /v3/alipay/data/bill/accountlog/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillAccountlogQueryRequest = { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" };
 * ```
 */
export interface AlipayDataBillAccountlogQueryRequest {
  /** A query parameter (v3). */
  start_time?: string;
  /** A query parameter (v3). */
  end_time?: string;
  /** A query parameter (v3). */
  alipay_order_no?: string;
  /** A query parameter (v3). */
  merchant_order_no?: string;
  /** A query parameter (v3). */
  page_no?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  trans_code?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  agreement_product_code?: string;
  /** A query parameter (v3). */
  bill_user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
}

/**
 * The result of `alipay.data.bill.accountlog.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillAccountlogQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillAccountlogQueryResult {
  detail_list?: AccountLogItemResult[];
  page_no?: string;
  page_size?: string;
  total_size?: string;
}

/**
 * The error codes of `alipay.data.bill.accountlog.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillAccountlogQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillAccountlogQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "AGREEMENT_CHECK_FAIL" | "USER_AGREEMENT_CHECK_FAIL" | "ISV_BUSINESS_FAILED" | "ILLEGAL_ARGUMENT" | "SYSTEM_RATE_LIMIT";

/**
 * `AccountLogItemResult`, a model of Alipay's v3 description (in `alipay.data.bill.accountlog.query`).
 *
 * @example
 * ```ts
 * const value: AccountLogItemResult = { account_log_id: '…', alipay_order_no: '…' };
 * ```
 */
export interface AccountLogItemResult {
  account_log_id?: string;
  alipay_order_no?: string;
  balance?: string;
  bill_source?: string;
  biz_desc?: string;
  biz_nos?: string;
  biz_orig_no?: string;
  complement_info?: string;
  direction?: string;
  merchant_order_no?: string;
  merchant_out_refund_no?: string;
  other_account?: string;
  store_name?: string;
  trans_amount?: string;
  trans_dt?: string;
  trans_memo?: string;
  type?: string;
}
const AccountLogItemResultShape = (): object => ({ account_log_id: 0, alipay_order_no: 0, balance: 0, bill_source: 0, biz_desc: 0, biz_nos: 0, biz_orig_no: 0, complement_info: 0, direction: 0, merchant_order_no: 0, merchant_out_refund_no: 0, other_account: 0, store_name: 0, trans_amount: 0, trans_dt: 0, trans_memo: 0, type: 0 });

/**
 * `alipay.data.bill.accountlog.query`: GET /v3/alipay/data/bill/accountlog/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillAccountlogQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillAccountlogQuery, { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" });
 * ```
 */
export const alipayDataBillAccountlogQuery: ApiDefinition<"alipay.data.bill.accountlog.query", AlipayDataBillAccountlogQueryRequest, AlipayDataBillAccountlogQueryResult, AlipayDataBillAccountlogQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.accountlog.query",
  { verb: 'GET', query: ["start_time", "end_time", "alipay_order_no", "merchant_order_no", "page_no", "page_size", "trans_code", "agreement_no", "agreement_product_code", "bill_user_id", "open_id"] },
  () => ({ start_time: 0, end_time: 0, alipay_order_no: 0, merchant_order_no: 0, page_no: 0, page_size: 0, trans_code: 0, agreement_no: 0, agreement_product_code: 0, bill_user_id: 0, open_id: 0 }),
  () => ({ detail_list: [AccountLogItemResultShape], page_no: 0, page_size: 0, total_size: 0 }),
);
