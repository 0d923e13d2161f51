// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.iot.sdarttool.message.query` (GET /v3/alipay/commerce/iot/sdarttool/message/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceIotSdarttoolMessageQueryRequest = { message_no: "201911250000021611" };
 * ```
 */
export interface AlipayCommerceIotSdarttoolMessageQueryRequest {
  /** A query parameter (v3). */
  message_no?: string;
}

/**
 * The result of `alipay.commerce.iot.sdarttool.message.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceIotSdarttoolMessageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceIotSdarttoolMessageQueryResult {
  consume_err_code?: string;
  consume_err_msg?: string;
  consume_state?: number;
  deliver_cnt?: number;
  deliver_status?: string;
  last_deliver_at?: number;
  msg_ack_time?: number;
  msg_bida?: number;
  msg_expire_time?: number;
  msg_gmt_create?: number;
  msg_priority?: number;
}

/**
 * The error codes of `alipay.commerce.iot.sdarttool.message.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceIotSdarttoolMessageQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceIotSdarttoolMessageQueryErrorCode = "SYSTEM_ERROR" | "PARAM_INVALID" | "NOT_FOUND_DATA";

/**
 * `alipay.commerce.iot.sdarttool.message.query`: GET /v3/alipay/commerce/iot/sdarttool/message/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceIotSdarttoolMessageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceIotSdarttoolMessageQuery, { message_no: "201911250000021611" });
 * ```
 */
export const alipayCommerceIotSdarttoolMessageQuery: ApiDefinition<"alipay.commerce.iot.sdarttool.message.query", AlipayCommerceIotSdarttoolMessageQueryRequest, AlipayCommerceIotSdarttoolMessageQueryResult, AlipayCommerceIotSdarttoolMessageQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.iot.sdarttool.message.query",
  { verb: 'GET', query: ["message_no"] },
  () => ({ message_no: 0 }),
  () => ({ consume_err_code: 0, consume_err_msg: 0, consume_state: 1, deliver_cnt: 1, deliver_status: 0, last_deliver_at: 1, msg_ack_time: 1, msg_bida: 1, msg_expire_time: 1, msg_gmt_create: 1, msg_priority: 1 }),
);
