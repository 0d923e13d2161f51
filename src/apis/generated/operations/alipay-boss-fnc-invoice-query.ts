// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ArInvoiceOpenApiResponse, ArInvoiceOpenApiResponseShape } from '../models/ArInvoiceOpenApiResponse.ts';

/**
 * The request of `alipay.boss.fnc.invoice.query` (GET /v3/alipay/boss/fnc/invoice/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncInvoiceQueryRequest = { invoice_id: "如：2017060210122000040400270002815483" };
 * ```
 */
export interface AlipayBossFncInvoiceQueryRequest {
  /** A query parameter (v3). */
  invoice_id?: string;
}

/**
 * The result of `alipay.boss.fnc.invoice.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncInvoiceQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayBossFncInvoiceQueryResult {
  result_set?: ArInvoiceOpenApiResponse;
}

/**
 * The error codes of `alipay.boss.fnc.invoice.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncInvoiceQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayBossFncInvoiceQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `alipay.boss.fnc.invoice.query`: GET /v3/alipay/boss/fnc/invoice/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncInvoiceQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncInvoiceQuery, { invoice_id: "如：2017060210122000040400270002815483" });
 * ```
 */
export const alipayBossFncInvoiceQuery: ApiDefinition<"alipay.boss.fnc.invoice.query", AlipayBossFncInvoiceQueryRequest, AlipayBossFncInvoiceQueryResult, AlipayBossFncInvoiceQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.invoice.query",
  { verb: 'GET', query: ["invoice_id"] },
  () => ({ invoice_id: 0 }),
  () => ({ result_set: ArInvoiceOpenApiResponseShape }),
);
