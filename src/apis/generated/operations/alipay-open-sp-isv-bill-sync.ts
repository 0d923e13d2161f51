// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.isv.bill.sync` (POST /v3/alipay/open/sp/isv/bill/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpIsvBillSyncRequest = { end_time: '…', generate_time: '…' };
 * ```
 */
export interface AlipayOpenSpIsvBillSyncRequest {
  end_time?: string;
  generate_time?: string;
  item_code?: string;
  out_biz_no?: string;
  pay_time?: string;
  price?: string;
  promotor_pid?: string;
  start_time?: string;
  status?: string;
  sub_promotor_pid?: string;
}

/**
 * The result of `alipay.open.sp.isv.bill.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpIsvBillSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpIsvBillSyncResult {
  success?: boolean;
}

/**
 * The error codes of `alipay.open.sp.isv.bill.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpIsvBillSyncErrorCode = "BIZ_ERROR_BILL_NOT_MATCH";
 * ```
 */
export type AlipayOpenSpIsvBillSyncErrorCode = "BIZ_ERROR_BILL_NOT_MATCH" | "BIZ_ERROR_INVALID_STATUS" | "BIZ_ERROR_BILL_REDUPLICATE_RETURN";

/**
 * `alipay.open.sp.isv.bill.sync`: POST /v3/alipay/open/sp/isv/bill/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpIsvBillSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpIsvBillSync, { end_time: '…', generate_time: '…' });
 * ```
 */
export const alipayOpenSpIsvBillSync: ApiDefinition<"alipay.open.sp.isv.bill.sync", AlipayOpenSpIsvBillSyncRequest, AlipayOpenSpIsvBillSyncResult, AlipayOpenSpIsvBillSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.isv.bill.sync",
  'POST',
  () => ({ end_time: 0, generate_time: 0, item_code: 0, out_biz_no: 0, pay_time: 0, price: 0, promotor_pid: 0, start_time: 0, status: 0, sub_promotor_pid: 0 }),
  () => ({ success: 2 }),
);
