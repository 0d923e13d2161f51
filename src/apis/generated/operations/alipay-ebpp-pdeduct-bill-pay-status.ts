// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.pdeduct.bill.pay.status` (GET /v3/alipay/ebpp/pdeduct/bill/pay/status: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppPdeductBillPayStatusRequest = { agreement_id: "2088123123421312", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayEbppPdeductBillPayStatusRequest {
  /** A query parameter (v3). */
  agreement_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  out_order_no?: string;
}

/**
 * The result of `alipay.ebpp.pdeduct.bill.pay.status`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppPdeductBillPayStatusResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppPdeductBillPayStatusResult {
  agreement_id?: string;
  open_id?: string;
  order_no?: string;
  order_result_code?: string;
  order_result_msg?: string;
  out_order_no?: string;
  status?: string;
}

/**
 * The error codes of `alipay.ebpp.pdeduct.bill.pay.status` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppPdeductBillPayStatusErrorCode = "BILL_NOT_EXIST";
 * ```
 */
export type AlipayEbppPdeductBillPayStatusErrorCode = "BILL_NOT_EXIST" | "PARAMETER_ILLEGAL" | "SYSTEM_ERROR";

/**
 * `alipay.ebpp.pdeduct.bill.pay.status`: GET /v3/alipay/ebpp/pdeduct/bill/pay/status over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppPdeductBillPayStatus } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppPdeductBillPayStatus, { agreement_id: "2088123123421312", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayEbppPdeductBillPayStatus: ApiDefinition<"alipay.ebpp.pdeduct.bill.pay.status", AlipayEbppPdeductBillPayStatusRequest, AlipayEbppPdeductBillPayStatusResult, AlipayEbppPdeductBillPayStatusErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.pdeduct.bill.pay.status",
  { verb: 'GET', query: ["agreement_id", "open_id", "out_order_no"] },
  () => ({ agreement_id: 0, open_id: 0, out_order_no: 0 }),
  () => ({ agreement_id: 0, open_id: 0, order_no: 0, order_result_code: 0, order_result_msg: 0, out_order_no: 0, status: 0 }),
);
