// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.iot.sdarttool.message.send` (POST /v3/alipay/commerce/iot/sdarttool/message/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceIotSdarttoolMessageSendRequest = { bi_da: true, device_query_type: '…' };
 * ```
 */
export interface AlipayCommerceIotSdarttoolMessageSendRequest {
  bi_da?: boolean;
  device_query_type?: string;
  immediate_msg?: boolean;
  item_id?: string;
  msg_content?: string;
  msg_content_type?: string;
  msg_expire?: number;
  msg_priority?: number;
  msg_type?: string;
  service_id?: string;
  sn?: string;
  supplier_id?: string;
}

/**
 * The result of `alipay.commerce.iot.sdarttool.message.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceIotSdarttoolMessageSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceIotSdarttoolMessageSendResult {
  message_no?: string;
}

/**
 * The error codes of `alipay.commerce.iot.sdarttool.message.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceIotSdarttoolMessageSendErrorCode = "PARAM_INVALID";
 * ```
 */
export type AlipayCommerceIotSdarttoolMessageSendErrorCode = "PARAM_INVALID" | "BIZ_ERROR" | "SYSTEM_ERROR" | "DEVICE_AUTH_FAIL" | "PRINT_CONTEN_OVER_LENGTH" | "NOT_FOUND_DEVICE" | "DEVICE_NOT_ONLINE" | "NO_SUB_INFO" | "LOW_SYSTEM_VERSION" | "MSG_TYPE_INVALID";

/**
 * `alipay.commerce.iot.sdarttool.message.send`: POST /v3/alipay/commerce/iot/sdarttool/message/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceIotSdarttoolMessageSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceIotSdarttoolMessageSend, { bi_da: true, device_query_type: '…' });
 * ```
 */
export const alipayCommerceIotSdarttoolMessageSend: ApiDefinition<"alipay.commerce.iot.sdarttool.message.send", AlipayCommerceIotSdarttoolMessageSendRequest, AlipayCommerceIotSdarttoolMessageSendResult, AlipayCommerceIotSdarttoolMessageSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.iot.sdarttool.message.send",
  'POST',
  () => ({ bi_da: 2, device_query_type: 0, immediate_msg: 2, item_id: 0, msg_content: 0, msg_content_type: 0, msg_expire: 1, msg_priority: 1, msg_type: 0, service_id: 0, sn: 0, supplier_id: 0 }),
  () => ({ message_no: 0 }),
);
