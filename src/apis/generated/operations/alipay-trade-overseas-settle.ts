// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.overseas.settle` (POST /v3/alipay/trade/overseas/settle: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeOverseasSettleRequest = { amount: '…', foreign_settle_currency: '…' };
 * ```
 */
export interface AlipayTradeOverseasSettleRequest {
  amount?: string;
  extend_params?: OverseasExtendParams;
  foreign_settle_currency?: string;
  out_request_no?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.overseas.settle`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeOverseasSettleResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeOverseasSettleResult {
  exchange_rate?: string;
  foreign_settle_amount?: string;
  foreign_settle_currency?: string;
  out_request_no?: string;
  settle_amount?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.overseas.settle` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeOverseasSettleErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeOverseasSettleErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "TRADE_NOT_EXIST" | "PARTNER_ERROR" | "DUP_OUT_REQUEST_NO" | "TRADE_SETTLE_ERROR" | "ILLEGAL_SETTLE_STATE" | "REASON_ILLEGAL_STATUS" | "REASON_TRADE_STATUS_INVALID" | "FREQUENCY_LIMITED" | "USER_ACCOUNT_HAD_FREEZEN" | "DISCORDANT_REPEAT_REQUEST" | "SETTLE_AMOUNT_VALIDATE_ERROR" | "MINIMUM_EXCHANGE_AMOUNT_LIMIT" | "TOTAL_FEE_EXCEED" | "MERCHANT_AGREEMENT_NOT_EXIST" | "ILLEGAL_REQUEST" | "CONFIRM_REFUSE_AFTER_REFUND";

/**
 * `OverseasExtendParams`, a model of Alipay's v3 description (in `alipay.trade.overseas.settle`).
 *
 * @example
 * ```ts
 * const value: OverseasExtendParams = { goods_detail: '…' };
 * ```
 */
export interface OverseasExtendParams {
  goods_detail?: string;
}
const OverseasExtendParamsShape = (): object => ({ goods_detail: 0 });

/**
 * `alipay.trade.overseas.settle`: POST /v3/alipay/trade/overseas/settle over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeOverseasSettle } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeOverseasSettle, { amount: '…', foreign_settle_currency: '…' });
 * ```
 */
export const alipayTradeOverseasSettle: ApiDefinition<"alipay.trade.overseas.settle", AlipayTradeOverseasSettleRequest, AlipayTradeOverseasSettleResult, AlipayTradeOverseasSettleErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.overseas.settle",
  'POST',
  () => ({ amount: 0, extend_params: OverseasExtendParamsShape, foreign_settle_currency: 0, out_request_no: 0, trade_no: 0 }),
  () => ({ exchange_rate: 0, foreign_settle_amount: 0, foreign_settle_currency: 0, out_request_no: 0, settle_amount: 0, trade_no: 0 }),
);
