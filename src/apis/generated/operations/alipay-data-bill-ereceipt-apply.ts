// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.ereceipt.apply` (POST /v3/alipay/data/bill/ereceipt/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillEreceiptApplyRequest = { bill_user_id: '…', key: '…' };
 * ```
 */
export interface AlipayDataBillEreceiptApplyRequest {
  bill_user_id?: string;
  key?: string;
  type?: string;
}

/**
 * The result of `alipay.data.bill.ereceipt.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillEreceiptApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillEreceiptApplyResult {
  file_id?: string;
}

/**
 * The error codes of `alipay.data.bill.ereceipt.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillEreceiptApplyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillEreceiptApplyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "SYSTEM_BUSY" | "BIZ_ERROR";

/**
 * `alipay.data.bill.ereceipt.apply`: POST /v3/alipay/data/bill/ereceipt/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillEreceiptApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillEreceiptApply, { bill_user_id: '…', key: '…' });
 * ```
 */
export const alipayDataBillEreceiptApply: ApiDefinition<"alipay.data.bill.ereceipt.apply", AlipayDataBillEreceiptApplyRequest, AlipayDataBillEreceiptApplyResult, AlipayDataBillEreceiptApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.ereceipt.apply",
  'POST',
  () => ({ bill_user_id: 0, key: 0, type: 0 }),
  () => ({ file_id: 0 }),
);
