// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.isvtoken.reim.apply` (POST /v3/alipay/ebpp/invoice/isvtoken/reim/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceIsvtokenReimApplyRequest = { isv_app_code: '…' };
 * ```
 */
export interface AlipayEbppInvoiceIsvtokenReimApplyRequest {
  isv_app_code?: string;
}

/**
 * The result of `alipay.ebpp.invoice.isvtoken.reim.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceIsvtokenReimApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceIsvtokenReimApplyResult {
  isv_token?: string;
  serial_no?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.isvtoken.reim.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceIsvtokenReimApplyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceIsvtokenReimApplyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.ebpp.invoice.isvtoken.reim.apply`: POST /v3/alipay/ebpp/invoice/isvtoken/reim/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceIsvtokenReimApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceIsvtokenReimApply, { isv_app_code: '…' });
 * ```
 */
export const alipayEbppInvoiceIsvtokenReimApply: ApiDefinition<"alipay.ebpp.invoice.isvtoken.reim.apply", AlipayEbppInvoiceIsvtokenReimApplyRequest, AlipayEbppInvoiceIsvtokenReimApplyResult, AlipayEbppInvoiceIsvtokenReimApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.isvtoken.reim.apply",
  'POST',
  () => ({ isv_app_code: 0 }),
  () => ({ isv_token: 0, serial_no: 0 }),
);
