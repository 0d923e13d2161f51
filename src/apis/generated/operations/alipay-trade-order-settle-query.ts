// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.order.settle.query` (GET /v3/alipay/trade/order/settle/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayTradeOrderSettleQueryRequest = { settle_no: "20210706002530020036530021395831", out_request_no: "20210727001" };
 * ```
 */
export interface AlipayTradeOrderSettleQueryRequest {
  /** A query parameter (v3). */
  settle_no?: string;
  /** A query parameter (v3). */
  out_request_no?: string;
  /** A query parameter (v3). */
  trade_no?: string;
}

/**
 * The result of `alipay.trade.order.settle.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeOrderSettleQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeOrderSettleQueryResult {
  operation_dt?: string;
  out_request_no?: string;
  royalty_detail_list?: RoyaltyDetail[];
}

/**
 * The error codes of `alipay.trade.order.settle.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeOrderSettleQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeOrderSettleQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "MERCHANT_TRADE_NOT_MATCH" | "OPENID_APPID_NOT_MATCH";

/**
 * `RoyaltyDetail`, a model of Alipay's v3 description (in `alipay.trade.order.settle.query`).
 *
 * @example
 * ```ts
 * const value: RoyaltyDetail = { amount: '…', detail_id: '…' };
 * ```
 */
export interface RoyaltyDetail {
  amount?: string;
  detail_id?: string;
  error_code?: string;
  error_desc?: string;
  execute_dt?: string;
  operation_type?: string;
  state?: string;
  trans_in?: string;
  trans_in_open_id?: string;
  trans_in_type?: string;
  trans_out?: string;
  trans_out_open_id?: string;
  trans_out_type?: string;
}
const RoyaltyDetailShape = (): object => ({ amount: 0, detail_id: 0, error_code: 0, error_desc: 0, execute_dt: 0, operation_type: 0, state: 0, trans_in: 0, trans_in_open_id: 0, trans_in_type: 0, trans_out: 0, trans_out_open_id: 0, trans_out_type: 0 });

/**
 * `alipay.trade.order.settle.query`: GET /v3/alipay/trade/order/settle/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeOrderSettleQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeOrderSettleQuery, { settle_no: "20210706002530020036530021395831", out_request_no: "20210727001" });
 * ```
 */
export const alipayTradeOrderSettleQuery: ApiDefinition<"alipay.trade.order.settle.query", AlipayTradeOrderSettleQueryRequest, AlipayTradeOrderSettleQueryResult, AlipayTradeOrderSettleQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.order.settle.query",
  { verb: 'GET', query: ["settle_no", "out_request_no", "trade_no"] },
  () => ({ settle_no: 0, out_request_no: 0, trade_no: 0 }),
  () => ({ operation_dt: 0, out_request_no: 0, royalty_detail_list: [RoyaltyDetailShape] }),
);
