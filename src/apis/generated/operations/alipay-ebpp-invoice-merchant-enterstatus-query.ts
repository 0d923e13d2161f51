// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.merchant.enterstatus.query` (GET /v3/alipay/ebpp/invoice/merchant/enterstatus/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceMerchantEnterstatusQueryRequest = { m_short_name: "MYJF", product_code: "STANDARD_INVOICE" };
 * ```
 */
export interface AlipayEbppInvoiceMerchantEnterstatusQueryRequest {
  /** A query parameter (v3). */
  m_short_name?: string;
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  process_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.merchant.enterstatus.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceMerchantEnterstatusQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceMerchantEnterstatusQueryResult {
  status?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.merchant.enterstatus.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceMerchantEnterstatusQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceMerchantEnterstatusQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR" | "RECORD_NOT_EXIST" | "PERMISSION_DENIED";

/**
 * `alipay.ebpp.invoice.merchant.enterstatus.query`: GET /v3/alipay/ebpp/invoice/merchant/enterstatus/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceMerchantEnterstatusQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceMerchantEnterstatusQuery, { m_short_name: "MYJF", product_code: "STANDARD_INVOICE" });
 * ```
 */
export const alipayEbppInvoiceMerchantEnterstatusQuery: ApiDefinition<"alipay.ebpp.invoice.merchant.enterstatus.query", AlipayEbppInvoiceMerchantEnterstatusQueryRequest, AlipayEbppInvoiceMerchantEnterstatusQueryResult, AlipayEbppInvoiceMerchantEnterstatusQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.merchant.enterstatus.query",
  { verb: 'GET', query: ["m_short_name", "product_code", "process_id"] },
  () => ({ m_short_name: 0, product_code: 0, process_id: 0 }),
  () => ({ status: 0 }),
);
