// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.bill.get` (GET /v3/alipay/ebpp/bill/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppBillGetRequest = { auth_token: '…', order_type: "JF" };
 * ```
 */
export interface AlipayEbppBillGetRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  /** A query parameter (v3). */
  order_type?: string;
  /** A query parameter (v3). */
  merchant_order_no?: string;
}

/**
 * The result of `alipay.ebpp.bill.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppBillGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppBillGetResult {
  alipay_order_no?: string;
  bill_date?: string;
  bill_key?: string;
  charge_inst?: string;
  charge_inst_name?: string;
  merchant_order_no?: string;
  order_status?: string;
  order_type?: string;
  owner_name?: string;
  pay_amount?: string;
  pay_time?: string;
  service_amount?: string;
  sub_order_type?: string;
  traffic_location?: string;
  traffic_regulations?: string;
}

/**
 * The error codes of `alipay.ebpp.bill.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppBillGetErrorCode = "isv.invalid-auth-token";
 * ```
 */
export type AlipayEbppBillGetErrorCode = "isv.invalid-auth-token" | "isv.order-type-cannot-access" | "isv.invalid-arguments" | "isp.unknown-error" | "isv.bill-is-not-exisit" | "isv.order-type-error" | "isv.invalid-access-other-bill";

/**
 * `alipay.ebpp.bill.get`: GET /v3/alipay/ebpp/bill/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppBillGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppBillGet, { auth_token: '…', order_type: "JF" });
 * ```
 */
export const alipayEbppBillGet: ApiDefinition<"alipay.ebpp.bill.get", AlipayEbppBillGetRequest, AlipayEbppBillGetResult, AlipayEbppBillGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.bill.get",
  { verb: 'GET', query: ["auth_token", "order_type", "merchant_order_no"] },
  () => ({ auth_token: 0, order_type: 0, merchant_order_no: 0 }),
  () => ({ alipay_order_no: 0, bill_date: 0, bill_key: 0, charge_inst: 0, charge_inst_name: 0, merchant_order_no: 0, order_status: 0, order_type: 0, owner_name: 0, pay_amount: 0, pay_time: 0, service_amount: 0, sub_order_type: 0, traffic_location: 0, traffic_regulations: 0 }),
);
