// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.tips.delivery.query` (GET /v3/alipay/open/mini/tips/delivery/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTipsDeliveryQueryRequest = { delivery_id: "20211114000003057595" };
 * ```
 */
export interface AlipayOpenMiniTipsDeliveryQueryRequest {
  /** A query parameter (v3). */
  delivery_id?: string;
}

/**
 * The result of `alipay.open.mini.tips.delivery.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTipsDeliveryQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniTipsDeliveryQueryResult {
  delivery_content?: string;
  delivery_id?: string;
  delivery_name?: string;
  end_time?: string;
  fail_reason?: string;
  match_type?: string;
  match_url?: string;
  start_time?: string;
  status?: string;
}

/**
 * The error codes of `alipay.open.mini.tips.delivery.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTipsDeliveryQueryErrorCode = "DELIVER_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniTipsDeliveryQueryErrorCode = "DELIVER_NOT_EXIST" | "NO_PERMISSION";

/**
 * `alipay.open.mini.tips.delivery.query`: GET /v3/alipay/open/mini/tips/delivery/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTipsDeliveryQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTipsDeliveryQuery, { delivery_id: "20211114000003057595" });
 * ```
 */
export const alipayOpenMiniTipsDeliveryQuery: ApiDefinition<"alipay.open.mini.tips.delivery.query", AlipayOpenMiniTipsDeliveryQueryRequest, AlipayOpenMiniTipsDeliveryQueryResult, AlipayOpenMiniTipsDeliveryQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.tips.delivery.query",
  { verb: 'GET', query: ["delivery_id"] },
  () => ({ delivery_id: 0 }),
  () => ({ delivery_content: 0, delivery_id: 0, delivery_name: 0, end_time: 0, fail_reason: 0, match_type: 0, match_url: 0, start_time: 0, status: 0 }),
);
