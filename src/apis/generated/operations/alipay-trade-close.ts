// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.close` (POST /v3/alipay/trade/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeCloseRequest = { notify_url: '…', operator_id: '…' };
 * ```
 */
export interface AlipayTradeCloseRequest {
  extend_params?: CloseExtendParams;
  notify_url?: string;
  operator_id?: string;
  out_trade_no?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeCloseResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeCloseResult {
  out_trade_no?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeCloseErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeCloseErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.TRADE_NOT_EXIST" | "ACQ.TRADE_STATUS_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.REASON_TRADE_STATUS_INVALID" | "ACQ.REASON_ILLEGAL_STATUS";

/**
 * `CloseExtendParams`, a model of Alipay's v3 description (in `alipay.trade.close`).
 *
 * @example
 * ```ts
 * const value: CloseExtendParams = { is_fulfilled: '…' };
 * ```
 */
export interface CloseExtendParams {
  is_fulfilled?: string;
}
const CloseExtendParamsShape = (): object => ({ is_fulfilled: 0 });

/**
 * `alipay.trade.close`: POST /v3/alipay/trade/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeClose, { notify_url: '…', operator_id: '…' });
 * ```
 */
export const alipayTradeClose: ApiDefinition<"alipay.trade.close", AlipayTradeCloseRequest, AlipayTradeCloseResult, AlipayTradeCloseErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.close",
  'POST',
  () => ({ extend_params: CloseExtendParamsShape, notify_url: 0, operator_id: 0, out_trade_no: 0, trade_no: 0 }),
  () => ({ out_trade_no: 0, trade_no: 0 }),
);
