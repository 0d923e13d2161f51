// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.accountbookereceipt.apply` (POST /v3/alipay/data/bill/accountbookereceipt/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillAccountbookereceiptApplyRequest = { agreement_no: '…', key: '…' };
 * ```
 */
export interface AlipayDataBillAccountbookereceiptApplyRequest {
  agreement_no?: string;
  key?: string;
  store_no?: string;
  type?: string;
}

/**
 * The result of `alipay.data.bill.accountbookereceipt.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillAccountbookereceiptApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillAccountbookereceiptApplyResult {
  file_id?: string;
}

/**
 * The error codes of `alipay.data.bill.accountbookereceipt.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillAccountbookereceiptApplyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillAccountbookereceiptApplyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "BIZ_ERROR";

/**
 * `alipay.data.bill.accountbookereceipt.apply`: POST /v3/alipay/data/bill/accountbookereceipt/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillAccountbookereceiptApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillAccountbookereceiptApply, { agreement_no: '…', key: '…' });
 * ```
 */
export const alipayDataBillAccountbookereceiptApply: ApiDefinition<"alipay.data.bill.accountbookereceipt.apply", AlipayDataBillAccountbookereceiptApplyRequest, AlipayDataBillAccountbookereceiptApplyResult, AlipayDataBillAccountbookereceiptApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.accountbookereceipt.apply",
  'POST',
  () => ({ agreement_no: 0, key: 0, store_no: 0, type: 0 }),
  () => ({ file_id: 0 }),
);
