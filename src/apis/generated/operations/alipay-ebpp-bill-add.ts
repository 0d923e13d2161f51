// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.bill.add` (POST /v3/alipay/ebpp/bill/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppBillAddRequest = { auth_token: '…', bank_bill_no: '…' };
 * ```
 */
export interface AlipayEbppBillAddRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  bank_bill_no?: string;
  bill_date?: string;
  bill_key?: string;
  charge_inst?: string;
  extend_field?: string;
  merchant_order_no?: string;
  mobile?: string;
  order_type?: string;
  owner_name?: string;
  pay_amount?: string;
  service_amount?: string;
  sub_order_type?: string;
  traffic_location?: string;
  traffic_regulations?: string;
}

/**
 * The result of `alipay.ebpp.bill.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppBillAddResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppBillAddResult {
  alipay_order_no?: string;
  bank_bill_no?: string;
  bill_date?: string;
  bill_key?: string;
  charge_inst?: string;
  charge_inst_name?: string;
  extend_field?: string;
  merchant_order_no?: string;
  order_type?: string;
  owner_name?: string;
  pay_amount?: string;
  service_amount?: string;
  sub_order_type?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.ebpp.bill.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppBillAddErrorCode = "isv.invalid-arguments";
 * ```
 */
export type AlipayEbppBillAddErrorCode = "isv.invalid-arguments" | "isv.invalid-auth-token" | "isv.order-type-cannot-access" | "isp.unknow-error" | "isv.pay-bill-is-complete" | "isv.pay-bill-is-closed" | "isv.create-bill-is-wait-pay" | "isv.query-bill-error" | "isv.charge-inst-cannot-use";

/**
 * `alipay.ebpp.bill.add`: POST /v3/alipay/ebpp/bill/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppBillAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppBillAdd, { auth_token: '…', bank_bill_no: '…' });
 * ```
 */
export const alipayEbppBillAdd: ApiDefinition<"alipay.ebpp.bill.add", AlipayEbppBillAddRequest, AlipayEbppBillAddResult, AlipayEbppBillAddErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.bill.add",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, bank_bill_no: 0, bill_date: 0, bill_key: 0, charge_inst: 0, extend_field: 0, merchant_order_no: 0, mobile: 0, order_type: 0, owner_name: 0, pay_amount: 0, service_amount: 0, sub_order_type: 0, traffic_location: 0, traffic_regulations: 0 }),
  () => ({ alipay_order_no: 0, bank_bill_no: 0, bill_date: 0, bill_key: 0, charge_inst: 0, charge_inst_name: 0, extend_field: 0, merchant_order_no: 0, order_type: 0, owner_name: 0, pay_amount: 0, service_amount: 0, sub_order_type: 0, trade_no: 0 }),
);
