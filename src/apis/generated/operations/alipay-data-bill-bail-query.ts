// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.bail.query` (GET /v3/alipay/data/bill/bail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillBailQueryRequest = { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" };
 * ```
 */
export interface AlipayDataBillBailQueryRequest {
  /** A query parameter (v3). */
  start_time?: string;
  /** A query parameter (v3). */
  end_time?: string;
  /** A query parameter (v3). */
  bail_type?: string;
  /** A query parameter (v3). */
  trans_log_id?: string;
  /** A query parameter (v3). */
  biz_orig_no?: string;
}

/**
 * The result of `alipay.data.bill.bail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillBailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillBailQueryResult {
  detail_list?: BailDetailResult[];
}

/**
 * The error codes of `alipay.data.bill.bail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillBailQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillBailQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY";

/**
 * `BailDetailResult`, a model of Alipay's v3 description (in `alipay.data.bill.bail.query`).
 *
 * @example
 * ```ts
 * const value: BailDetailResult = { amount: '…', bail_type: '…' };
 * ```
 */
export interface BailDetailResult {
  amount?: string;
  bail_type?: string;
  balance?: string;
  biz_desc?: string;
  biz_orig_no?: string;
  memo?: string;
  trans_dt?: string;
  trans_log_id?: string;
}
const BailDetailResultShape = (): object => ({ amount: 0, bail_type: 0, balance: 0, biz_desc: 0, biz_orig_no: 0, memo: 0, trans_dt: 0, trans_log_id: 0 });

/**
 * `alipay.data.bill.bail.query`: GET /v3/alipay/data/bill/bail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillBailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillBailQuery, { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" });
 * ```
 */
export const alipayDataBillBailQuery: ApiDefinition<"alipay.data.bill.bail.query", AlipayDataBillBailQueryRequest, AlipayDataBillBailQueryResult, AlipayDataBillBailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.bail.query",
  { verb: 'GET', query: ["start_time", "end_time", "bail_type", "trans_log_id", "biz_orig_no"] },
  () => ({ start_time: 0, end_time: 0, bail_type: 0, trans_log_id: 0, biz_orig_no: 0 }),
  () => ({ detail_list: [BailDetailResultShape] }),
);
