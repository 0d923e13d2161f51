// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.isv.fastregister.query` (GET /v3/alipay/open/mini/isv/fastregister/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniIsvFastregisterQueryRequest = { order_no: "2202121278786786768" };
 * ```
 */
export interface AlipayOpenMiniIsvFastregisterQueryRequest {
  /** A query parameter (v3). */
  order_no?: string;
}

/**
 * The result of `alipay.open.mini.isv.fastregister.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniIsvFastregisterQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniIsvFastregisterQueryResult {
  app_name?: string;
  isv_app_id?: string;
  mini_app_id?: string;
  order_no?: string;
  out_order_no?: string;
  status?: string;
}

/**
 * The error codes of `alipay.open.mini.isv.fastregister.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniIsvFastregisterQueryErrorCode = "NO_PERMISSION";
 * ```
 */
export type AlipayOpenMiniIsvFastregisterQueryErrorCode = "NO_PERMISSION" | "ILLEGAL_PARAMS" | "SYSTEM_ERROR" | "ORDER_NOT_EXIST" | "ORDER_TYPE_NOT_MATCH";

/**
 * `alipay.open.mini.isv.fastregister.query`: GET /v3/alipay/open/mini/isv/fastregister/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniIsvFastregisterQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniIsvFastregisterQuery, { order_no: "2202121278786786768" });
 * ```
 */
export const alipayOpenMiniIsvFastregisterQuery: ApiDefinition<"alipay.open.mini.isv.fastregister.query", AlipayOpenMiniIsvFastregisterQueryRequest, AlipayOpenMiniIsvFastregisterQueryResult, AlipayOpenMiniIsvFastregisterQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.isv.fastregister.query",
  { verb: 'GET', query: ["order_no"] },
  () => ({ order_no: 0 }),
  () => ({ app_name: 0, isv_app_id: 0, mini_app_id: 0, order_no: 0, out_order_no: 0, status: 0 }),
);
