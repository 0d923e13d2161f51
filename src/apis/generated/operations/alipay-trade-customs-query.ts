// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.customs.query` (GET /v3/alipay/trade/customs/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayTradeCustomsQueryRequest = { out_request_nos: "201506010001,201506010002,201506010003" };
 * ```
 */
export interface AlipayTradeCustomsQueryRequest {
  /** A query parameter (v3). */
  out_request_nos?: string;
}

/**
 * The result of `alipay.trade.customs.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeCustomsQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeCustomsQueryResult {
  not_found?: string;
  records?: CustomsDeclareRecordInfo[];
}

/**
 * The error codes of `alipay.trade.customs.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeCustomsQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeCustomsQueryErrorCode = "INVALID_PARAMETER" | "MAX_OUT_REQUEST_NO_EXCEEDED";

/**
 * `CustomsDeclareRecordInfo`, a model of Alipay's v3 description (in `alipay.trade.customs.query`).
 *
 * @example
 * ```ts
 * const value: CustomsDeclareRecordInfo = { alipay_declare_no: '…', amount: '…' };
 * ```
 */
export interface CustomsDeclareRecordInfo {
  alipay_declare_no?: string;
  amount?: string;
  customs_place?: string;
  customs_result_code?: string;
  customs_result_info?: string;
  customs_result_return_time?: string;
  is_split?: string;
  last_modified_time?: string;
  memo?: string;
  merchant_customs_code?: string;
  merchant_customs_name?: string;
  out_request_no?: string;
  status?: string;
  sub_out_biz_no?: string;
  trade_no?: string;
}
const CustomsDeclareRecordInfoShape = (): object => ({ alipay_declare_no: 0, amount: 0, customs_place: 0, customs_result_code: 0, customs_result_info: 0, customs_result_return_time: 0, is_split: 0, last_modified_time: 0, memo: 0, merchant_customs_code: 0, merchant_customs_name: 0, out_request_no: 0, status: 0, sub_out_biz_no: 0, trade_no: 0 });

/**
 * `alipay.trade.customs.query`: GET /v3/alipay/trade/customs/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeCustomsQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeCustomsQuery, { out_request_nos: "201506010001,201506010002,201506010003" });
 * ```
 */
export const alipayTradeCustomsQuery: ApiDefinition<"alipay.trade.customs.query", AlipayTradeCustomsQueryRequest, AlipayTradeCustomsQueryResult, AlipayTradeCustomsQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.customs.query",
  { verb: 'GET', query: ["out_request_nos"] },
  () => ({ out_request_nos: 0 }),
  () => ({ not_found: 0, records: [CustomsDeclareRecordInfoShape] }),
);
