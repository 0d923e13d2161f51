// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.apply.result.sync` (POST /v3/alipay/ebpp/invoice/apply/result/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceApplyResultSyncRequest = { apply_id: '…', result: '…' };
 * ```
 */
export interface AlipayEbppInvoiceApplyResultSyncRequest {
  apply_id?: string;
  result?: string;
  result_code?: string;
  result_msg?: string;
  tax_apply_id?: string;
}

/**
 * The result of `alipay.ebpp.invoice.apply.result.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceApplyResultSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceApplyResultSyncResult {
  retry_flag?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.apply.result.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceApplyResultSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceApplyResultSyncErrorCode = "INVALID_PARAMETER" | "ANT_INVOICE_APPLY_NOT_EXIST" | "BIZ_ERROR" | "INVOICE_APPLY_RETURN_INVALID";

/**
 * `alipay.ebpp.invoice.apply.result.sync`: POST /v3/alipay/ebpp/invoice/apply/result/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceApplyResultSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceApplyResultSync, { apply_id: '…', result: '…' });
 * ```
 */
export const alipayEbppInvoiceApplyResultSync: ApiDefinition<"alipay.ebpp.invoice.apply.result.sync", AlipayEbppInvoiceApplyResultSyncRequest, AlipayEbppInvoiceApplyResultSyncResult, AlipayEbppInvoiceApplyResultSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.apply.result.sync",
  'POST',
  () => ({ apply_id: 0, result: 0, result_code: 0, result_msg: 0, tax_apply_id: 0 }),
  () => ({ retry_flag: 2 }),
);
