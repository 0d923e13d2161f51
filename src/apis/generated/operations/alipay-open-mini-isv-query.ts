// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.isv.query` (GET /v3/alipay/open/mini/isv/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniIsvQueryRequest = { order_no: "2394834823942343" };
 * ```
 */
export interface AlipayOpenMiniIsvQueryRequest {
  /** A query parameter (v3). */
  order_no?: string;
}

/**
 * The result of `alipay.open.mini.isv.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniIsvQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniIsvQueryResult {
  min_app_id?: string;
  order_no?: string;
  out_order_no?: string;
  pid?: string;
  status?: string;
}

/**
 * The error codes of `alipay.open.mini.isv.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniIsvQueryErrorCode = "INVALID_PARAMS";
 * ```
 */
export type AlipayOpenMiniIsvQueryErrorCode = "INVALID_PARAMS" | "SYSTEM_ERROR" | "PERMISSION_DENIED";

/**
 * `alipay.open.mini.isv.query`: GET /v3/alipay/open/mini/isv/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniIsvQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniIsvQuery, { order_no: "2394834823942343" });
 * ```
 */
export const alipayOpenMiniIsvQuery: ApiDefinition<"alipay.open.mini.isv.query", AlipayOpenMiniIsvQueryRequest, AlipayOpenMiniIsvQueryResult, AlipayOpenMiniIsvQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.isv.query",
  { verb: 'GET', query: ["order_no"] },
  () => ({ order_no: 0 }),
  () => ({ min_app_id: 0, order_no: 0, out_order_no: 0, pid: 0, status: 0 }),
);
