// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MultiCurrencyMoneyOpenApi, MultiCurrencyMoneyOpenApiShape } from '../models/MultiCurrencyMoneyOpenApi.ts';

/**
 * The request of `alipay.boss.fnc.invoice.apply` (POST /v3/alipay/boss/fnc/invoice/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncInvoiceApplyRequest = { biz_id: '…', biz_no: '…' };
 * ```
 */
export interface AlipayBossFncInvoiceApplyRequest {
  biz_id?: string;
  biz_no?: string;
  invoice_amt?: MultiCurrencyMoneyOpenApi;
  invoice_type?: string;
  memo?: string;
  mthtly_bill_nos?: string[];
  operator?: string;
  out_biz_type?: string;
}

/**
 * The result of `alipay.boss.fnc.invoice.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncInvoiceApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayBossFncInvoiceApplyResult {
  result_set?: string;
}

/**
 * The error codes of `alipay.boss.fnc.invoice.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncInvoiceApplyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayBossFncInvoiceApplyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR";

/**
 * `alipay.boss.fnc.invoice.apply`: POST /v3/alipay/boss/fnc/invoice/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncInvoiceApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncInvoiceApply, { biz_id: '…', biz_no: '…' });
 * ```
 */
export const alipayBossFncInvoiceApply: ApiDefinition<"alipay.boss.fnc.invoice.apply", AlipayBossFncInvoiceApplyRequest, AlipayBossFncInvoiceApplyResult, AlipayBossFncInvoiceApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.invoice.apply",
  'POST',
  () => ({ biz_id: 0, biz_no: 0, invoice_amt: MultiCurrencyMoneyOpenApiShape, invoice_type: 0, memo: 0, mthtly_bill_nos: [0], operator: 0, out_biz_type: 0 }),
  () => ({ result_set: 0 }),
);
