// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.pcredit.huabei.auth.order.query` (GET /v3/alipay/pcredit/huabei/auth/order/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayPcreditHuabeiAuthOrderQueryRequest = { auth_opt_id: "2018081010020817070009689955", alipay_user_id: "2088101117955611" };
 * ```
 */
export interface AlipayPcreditHuabeiAuthOrderQueryRequest {
  /** A query parameter (v3). */
  auth_opt_id?: string;
  /** A query parameter (v3). */
  alipay_user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  out_request_no?: string;
}

/**
 * The result of `alipay.pcredit.huabei.auth.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayPcreditHuabeiAuthOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayPcreditHuabeiAuthOrderQueryResult {
  agreement_no?: string;
  alipay_user_id?: string;
  auth_opt_id?: string;
  gmt_trans?: string;
  open_id?: string;
  order_title?: string;
  out_request_no?: string;
  rest_freeze_amount?: string;
  seller_id?: string;
  trans_amount?: string;
  trans_status?: string;
  trans_type?: string;
}

/**
 * The error codes of `alipay.pcredit.huabei.auth.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayPcreditHuabeiAuthOrderQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayPcreditHuabeiAuthOrderQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "ORDER_NOT_EXIST" | "CALL_LIMITED" | "UNSUPPORT_OPERATION";

/**
 * `alipay.pcredit.huabei.auth.order.query`: GET /v3/alipay/pcredit/huabei/auth/order/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayPcreditHuabeiAuthOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayPcreditHuabeiAuthOrderQuery, { auth_opt_id: "2018081010020817070009689955", alipay_user_id: "2088101117955611" });
 * ```
 */
export const alipayPcreditHuabeiAuthOrderQuery: ApiDefinition<"alipay.pcredit.huabei.auth.order.query", AlipayPcreditHuabeiAuthOrderQueryRequest, AlipayPcreditHuabeiAuthOrderQueryResult, AlipayPcreditHuabeiAuthOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.pcredit.huabei.auth.order.query",
  { verb: 'GET', query: ["auth_opt_id", "alipay_user_id", "open_id", "out_request_no"] },
  () => ({ auth_opt_id: 0, alipay_user_id: 0, open_id: 0, out_request_no: 0 }),
  () => ({ agreement_no: 0, alipay_user_id: 0, auth_opt_id: 0, gmt_trans: 0, open_id: 0, order_title: 0, out_request_no: 0, rest_freeze_amount: 0, seller_id: 0, trans_amount: 0, trans_status: 0, trans_type: 0 }),
);
