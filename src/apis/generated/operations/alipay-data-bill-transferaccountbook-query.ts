// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.transferaccountbook.query` (GET /v3/alipay/data/bill/transferaccountbook/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillTransferaccountbookQueryRequest = { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" };
 * ```
 */
export interface AlipayDataBillTransferaccountbookQueryRequest {
  /** A query parameter (v3). */
  start_time?: string;
  /** A query parameter (v3). */
  end_time?: string;
  /** A query parameter (v3). */
  type?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  store_no?: string;
  /** A query parameter (v3). */
  page_no?: string;
  /** A query parameter (v3). */
  page_size?: string;
}

/**
 * The result of `alipay.data.bill.transferaccountbook.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillTransferaccountbookQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillTransferaccountbookQueryResult {
  detail_list?: TransferAccountBookDetailResult[];
  page_no?: string;
  page_size?: string;
  total_size?: string;
}

/**
 * The error codes of `alipay.data.bill.transferaccountbook.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillTransferaccountbookQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillTransferaccountbookQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY";

/**
 * `TransferAccountBookDetailResult`, a model of Alipay's v3 description (in `alipay.data.bill.transferaccountbook.query`).
 *
 * @example
 * ```ts
 * const value: TransferAccountBookDetailResult = { account: '…', amount: '…' };
 * ```
 */
export interface TransferAccountBookDetailResult {
  account?: string;
  amount?: string;
  biz_desc?: string;
  fund_desc?: string;
  instruction_id?: string;
  memo?: string;
  order_no?: string;
  service_fee?: string;
  status?: string;
  sub_type_desc?: string;
  trans_dt?: string;
  type_desc?: string;
}
const TransferAccountBookDetailResultShape = (): object => ({ account: 0, amount: 0, biz_desc: 0, fund_desc: 0, instruction_id: 0, memo: 0, order_no: 0, service_fee: 0, status: 0, sub_type_desc: 0, trans_dt: 0, type_desc: 0 });

/**
 * `alipay.data.bill.transferaccountbook.query`: GET /v3/alipay/data/bill/transferaccountbook/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillTransferaccountbookQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillTransferaccountbookQuery, { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" });
 * ```
 */
export const alipayDataBillTransferaccountbookQuery: ApiDefinition<"alipay.data.bill.transferaccountbook.query", AlipayDataBillTransferaccountbookQueryRequest, AlipayDataBillTransferaccountbookQueryResult, AlipayDataBillTransferaccountbookQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.transferaccountbook.query",
  { verb: 'GET', query: ["start_time", "end_time", "type", "agreement_no", "store_no", "page_no", "page_size"] },
  () => ({ start_time: 0, end_time: 0, type: 0, agreement_no: 0, store_no: 0, page_no: 0, page_size: 0 }),
  () => ({ detail_list: [TransferAccountBookDetailResultShape], page_no: 0, page_size: 0, total_size: 0 }),
);
