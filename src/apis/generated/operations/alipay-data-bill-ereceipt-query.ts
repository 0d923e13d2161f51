// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.ereceipt.query` (GET /v3/alipay/data/bill/ereceipt/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillEreceiptQueryRequest = { file_id: "12345" };
 * ```
 */
export interface AlipayDataBillEreceiptQueryRequest {
  /** A query parameter (v3). */
  file_id?: string;
}

/**
 * The result of `alipay.data.bill.ereceipt.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillEreceiptQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillEreceiptQueryResult {
  download_url?: string;
  error_message?: string;
  status?: string;
}

/**
 * The error codes of `alipay.data.bill.ereceipt.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillEreceiptQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillEreceiptQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "BIZ_ERROR";

/**
 * `alipay.data.bill.ereceipt.query`: GET /v3/alipay/data/bill/ereceipt/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillEreceiptQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillEreceiptQuery, { file_id: "12345" });
 * ```
 */
export const alipayDataBillEreceiptQuery: ApiDefinition<"alipay.data.bill.ereceipt.query", AlipayDataBillEreceiptQueryRequest, AlipayDataBillEreceiptQueryResult, AlipayDataBillEreceiptQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.ereceipt.query",
  { verb: 'GET', query: ["file_id"] },
  () => ({ file_id: 0 }),
  () => ({ download_url: 0, error_message: 0, status: 0 }),
);
