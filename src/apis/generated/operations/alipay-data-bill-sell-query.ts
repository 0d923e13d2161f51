// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type TradeItemResult, TradeItemResultShape } from '../models/TradeItemResult.ts';

/**
 * The request of `alipay.data.bill.sell.query` (GET /v3/alipay/data/bill/sell/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillSellQueryRequest = { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" };
 * ```
 */
export interface AlipayDataBillSellQueryRequest {
  /** A query parameter (v3). */
  start_time?: string;
  /** A query parameter (v3). */
  end_time?: string;
  /** A query parameter (v3). */
  alipay_order_no?: string;
  /** A query parameter (v3). */
  merchant_order_no?: string;
  /** A query parameter (v3). */
  store_no?: string;
  /** A query parameter (v3). */
  page_no?: string;
  /** A query parameter (v3). */
  page_size?: string;
}

/**
 * The result of `alipay.data.bill.sell.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillSellQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillSellQueryResult {
  detail_list?: TradeItemResult[];
  page_no?: string;
  page_size?: string;
  total_size?: string;
}

/**
 * The error codes of `alipay.data.bill.sell.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillSellQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillSellQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "ISV_BUSINESS_FAILED" | "SYSTEM_RATE_LIMIT";

/**
 * `alipay.data.bill.sell.query`: GET /v3/alipay/data/bill/sell/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillSellQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillSellQuery, { start_time: "2019-01-01 00:00:00", end_time: "2019-01-02 00:00:00" });
 * ```
 */
export const alipayDataBillSellQuery: ApiDefinition<"alipay.data.bill.sell.query", AlipayDataBillSellQueryRequest, AlipayDataBillSellQueryResult, AlipayDataBillSellQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.sell.query",
  { verb: 'GET', query: ["start_time", "end_time", "alipay_order_no", "merchant_order_no", "store_no", "page_no", "page_size"] },
  () => ({ start_time: 0, end_time: 0, alipay_order_no: 0, merchant_order_no: 0, store_no: 0, page_no: 0, page_size: 0 }),
  () => ({ detail_list: [TradeItemResultShape], page_no: 0, page_size: 0, total_size: 0 }),
);
