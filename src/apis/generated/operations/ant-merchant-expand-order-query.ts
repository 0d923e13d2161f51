// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.order.query` (GET /v3/ant/merchant/order/{order_id}: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandOrderQueryRequest = { order_id: "2017112200502000000004754299" };
 * ```
 */
export interface AntMerchantExpandOrderQueryRequest {
  /** A path parameter (v3). */
  order_id: string;
}

/**
 * The result of `ant.merchant.expand.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandOrderQueryResult {
  apply_time?: string;
  ext_info?: string;
  ip_role_id?: string[];
  merchant_name?: string;
  status?: string;
}

/**
 * The error codes of `ant.merchant.expand.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandOrderQueryErrorCode = "NOT_ALLOW_QUERY";
 * ```
 */
export type AntMerchantExpandOrderQueryErrorCode = "NOT_ALLOW_QUERY" | "ORDER_ID_EMPTY" | "ORDER_NOT_EXIST";

/**
 * `ant.merchant.expand.order.query`: GET /v3/ant/merchant/order/{order_id} over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandOrderQuery, { order_id: "2017112200502000000004754299" });
 * ```
 */
export const antMerchantExpandOrderQuery: ApiDefinition<"ant.merchant.expand.order.query", AntMerchantExpandOrderQueryRequest, AntMerchantExpandOrderQueryResult, AntMerchantExpandOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.order.query",
  { verb: 'GET', path: "/v3/ant/merchant/order/{order_id}" },
  () => ({ order_id: 0 }),
  () => ({ apply_time: 0, ext_info: 0, ip_role_id: [0], merchant_name: 0, status: 0 }),
);
