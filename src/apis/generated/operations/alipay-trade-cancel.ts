// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.cancel` (POST /v3/alipay/trade/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeCancelRequest = { out_trade_no: '…', trade_no: '…' };
 * ```
 */
export interface AlipayTradeCancelRequest {
  out_trade_no?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeCancelResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeCancelResult {
  action?: string;
  gmt_refund_pay?: string;
  out_trade_no?: string;
  refund_settlement_id?: string;
  retry_flag?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeCancelErrorCode = "AQC.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeCancelErrorCode = "AQC.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.SELLER_BALANCE_NOT_ENOUGH" | "ACQ.REASON_TRADE_BEEN_FREEZEN" | "ACQ.SYSTEM_ERROR" | "ACQ.TRADE_HAS_FINISHED" | "ACQ.TRADE_CANCEL_TIME_OUT" | "ACQ.REASON_TRADE_REFUND_FEE_ERR" | "ACQ.CANCEL_NOT_ALLOWED";

/**
 * `alipay.trade.cancel`: POST /v3/alipay/trade/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeCancel, { out_trade_no: '…', trade_no: '…' });
 * ```
 */
export const alipayTradeCancel: ApiDefinition<"alipay.trade.cancel", AlipayTradeCancelRequest, AlipayTradeCancelResult, AlipayTradeCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.cancel",
  'POST',
  () => ({ out_trade_no: 0, trade_no: 0 }),
  () => ({ action: 0, gmt_refund_pay: 0, out_trade_no: 0, refund_settlement_id: 0, retry_flag: 0, trade_no: 0 }),
);
