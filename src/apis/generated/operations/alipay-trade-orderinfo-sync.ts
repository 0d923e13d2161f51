// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.orderinfo.sync` (POST /v3/alipay/trade/orderinfo/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeOrderinfoSyncRequest = { biz_type: '…', order_biz_info: '…' };
 * ```
 */
export interface AlipayTradeOrderinfoSyncRequest {
  biz_type?: string;
  order_biz_info?: string;
  orig_request_no?: string;
  out_request_no?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.orderinfo.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeOrderinfoSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeOrderinfoSyncResult {
  buyer_open_id?: string;
  buyer_user_id?: string;
  out_trade_no?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.orderinfo.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeOrderinfoSyncErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeOrderinfoSyncErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.TRADE_NOT_EXIST" | "ACQ.NOTIFY_STATUS_INVALID";

/**
 * `alipay.trade.orderinfo.sync`: POST /v3/alipay/trade/orderinfo/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeOrderinfoSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeOrderinfoSync, { biz_type: '…', order_biz_info: '…' });
 * ```
 */
export const alipayTradeOrderinfoSync: ApiDefinition<"alipay.trade.orderinfo.sync", AlipayTradeOrderinfoSyncRequest, AlipayTradeOrderinfoSyncResult, AlipayTradeOrderinfoSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.orderinfo.sync",
  'POST',
  () => ({ biz_type: 0, order_biz_info: 0, orig_request_no: 0, out_request_no: 0, trade_no: 0 }),
  () => ({ buyer_open_id: 0, buyer_user_id: 0, out_trade_no: 0, trade_no: 0 }),
);
