// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.order.notify` (POST /v3/alipay/open/servicemarket/order/notify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderNotifyRequest = { notify_url: '…' };
 * ```
 */
export interface AlipayOpenServicemarketOrderNotifyRequest {
  notify_url?: string;
}

/**
 * The result of `alipay.open.servicemarket.order.notify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderNotifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketOrderNotifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.order.notify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderNotifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenServicemarketOrderNotifyErrorCode = "SYSTEM_ERROR";

/**
 * `alipay.open.servicemarket.order.notify`: POST /v3/alipay/open/servicemarket/order/notify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderNotify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderNotify, { notify_url: '…' });
 * ```
 */
export const alipayOpenServicemarketOrderNotify: ApiDefinition<"alipay.open.servicemarket.order.notify", AlipayOpenServicemarketOrderNotifyRequest, AlipayOpenServicemarketOrderNotifyResult, AlipayOpenServicemarketOrderNotifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.notify",
  'POST',
  () => ({ notify_url: 0 }),
  () => ({}),
);
