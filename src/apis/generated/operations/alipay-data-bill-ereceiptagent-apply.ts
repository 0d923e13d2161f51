// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.bill.ereceiptagent.apply` (POST /v3/alipay/data/bill/ereceiptagent/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayDataBillEreceiptagentApplyRequest = { agreement_no: '…', agreement_type: '…' };
 * ```
 */
export interface AlipayDataBillEreceiptagentApplyRequest {
  agreement_no?: string;
  agreement_type?: string;
  end_time?: string;
  key?: string;
  start_time?: string;
  type?: string;
}

/**
 * The result of `alipay.data.bill.ereceiptagent.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataBillEreceiptagentApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayDataBillEreceiptagentApplyResult {
  file_id?: string;
}

/**
 * The error codes of `alipay.data.bill.ereceiptagent.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataBillEreceiptagentApplyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataBillEreceiptagentApplyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.data.bill.ereceiptagent.apply`: POST /v3/alipay/data/bill/ereceiptagent/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataBillEreceiptagentApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataBillEreceiptagentApply, { agreement_no: '…', agreement_type: '…' });
 * ```
 */
export const alipayDataBillEreceiptagentApply: ApiDefinition<"alipay.data.bill.ereceiptagent.apply", AlipayDataBillEreceiptagentApplyRequest, AlipayDataBillEreceiptagentApplyResult, AlipayDataBillEreceiptagentApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.bill.ereceiptagent.apply",
  'POST',
  () => ({ agreement_no: 0, agreement_type: 0, end_time: 0, key: 0, start_time: 0, type: 0 }),
  () => ({ file_id: 0 }),
);
