// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.transfer.query` (GET /v3/alipay/data/bill/transfer/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillTransferQueryRequest = { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" };
 * ```
 */
export interface AlipayDataBillTransferQueryRequest {
  /** A query parameter (v3). */
  start_time?: string;
  /** A query parameter (v3). */
  end_time?: string;
  /** A query parameter (v3). */
  type?: string;
  /** A query parameter (v3). */
  page_no?: string;
  /** A query parameter (v3). */
  page_size?: string;
}

/**
 * The result of `alipay.data.bill.transfer.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillTransferQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillTransferQueryResult {
  detail_list?: TransferDetailResult[];
  page_no?: string;
  page_size?: string;
  total_size?: string;
}

/**
 * The error codes of `alipay.data.bill.transfer.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillTransferQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillTransferQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "SYSTEM_RATE_LIMIT";

/**
 * `TransferDetailResult`, a model of Alipay's v3 description (in `alipay.data.bill.transfer.query`).
 *
 * @example
 * ```ts
 * const value: TransferDetailResult = { account: '…', amount: '…' };
 * ```
 */
export interface TransferDetailResult {
  account?: string;
  amount?: string;
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
const TransferDetailResultShape = (): object => ({ account: 0, amount: 0, fund_desc: 0, instruction_id: 0, memo: 0, order_no: 0, service_fee: 0, status: 0, sub_type_desc: 0, trans_dt: 0, type_desc: 0 });

/**
 * `alipay.data.bill.transfer.query`: GET /v3/alipay/data/bill/transfer/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillTransferQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillTransferQuery, { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" });
 * ```
 */
export const alipayDataBillTransferQuery: ApiDefinition<"alipay.data.bill.transfer.query", AlipayDataBillTransferQueryRequest, AlipayDataBillTransferQueryResult, AlipayDataBillTransferQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.transfer.query",
  { verb: 'GET', query: ["start_time", "end_time", "type", "page_no", "page_size"] },
  () => ({ start_time: 0, end_time: 0, type: 0, page_no: 0, page_size: 0 }),
  () => ({ detail_list: [TransferDetailResultShape], page_no: 0, page_size: 0, total_size: 0 }),
);
