// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.order.accept` (POST /v3/alipay/open/servicemarket/order/accept: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderAcceptRequest = { commodity_order_id: '…' };
 * ```
 */
export interface AlipayOpenServicemarketOrderAcceptRequest {
  commodity_order_id?: string;
}

/**
 * The result of `alipay.open.servicemarket.order.accept`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderAcceptResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenServicemarketOrderAcceptResult = Record<string, never>;

/**
 * The error codes of `alipay.open.servicemarket.order.accept` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderAcceptErrorCode = "NO_PERMISSION_ACCETP_ORDER";
 * ```
 */
export type AlipayOpenServicemarketOrderAcceptErrorCode = "NO_PERMISSION_ACCETP_ORDER" | "COMMODITY_ORDER_STATUS_INVALID" | "ORDER_NOT_EXIST" | "PARAMS_ERROR";

/**
 * `alipay.open.servicemarket.order.accept`: POST /v3/alipay/open/servicemarket/order/accept over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderAccept } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderAccept, { commodity_order_id: '…' });
 * ```
 */
export const alipayOpenServicemarketOrderAccept: ApiDefinition<"alipay.open.servicemarket.order.accept", AlipayOpenServicemarketOrderAcceptRequest, AlipayOpenServicemarketOrderAcceptResult, AlipayOpenServicemarketOrderAcceptErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.accept",
  'POST',
  () => ({ commodity_order_id: 0 }),
  () => ({}),
);
