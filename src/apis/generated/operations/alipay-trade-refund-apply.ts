// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.refund.apply` (POST /v3/alipay/trade/refund/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeRefundApplyRequest = { extend_params: '…', notify_url: '…' };
 * ```
 */
export interface AlipayTradeRefundApplyRequest {
  extend_params?: string;
  notify_url?: string;
  operator_id?: string;
  out_request_no?: string;
  out_trade_no?: string;
  refund_amount?: string;
  refund_fund_details?: OpenApiRefundFundDetailPojo[];
  refund_reason?: string;
  store_id?: string;
  terminal_id?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.refund.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeRefundApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeRefundApplyResult {
  out_request_no?: string;
  out_trade_no?: string;
  refund_amount?: string;
  refund_status?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.refund.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeRefundApplyErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeRefundApplyErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL" | "ACQ.TRADE_NOT_EXIST" | "ACQ.TRADE_HAS_FINISHED" | "ACQ.TRADE_STATUS_ERROR" | "ACQ.DISCORDANT_REPEAT_REQUEST" | "ACQ.REASON_TRADE_REFUND_FEE_ERR" | "ACQ.TRADE_NOT_ALLOW_REFUND" | "ACQ.REASON_ILLEGAL_STATUS" | "ACQ.REFUND_TRADE_FEE_ERROR" | "ACQ.UN_SUPPORT_BIZ_TYPE" | "ACQ.TRADE_HAS_CLOSE";

/**
 * `OpenApiRefundFundDetailPojo`, a model of Alipay's v3 description (in `alipay.trade.refund.apply`).
 *
 * @example
 * ```ts
 * const value: OpenApiRefundFundDetailPojo = { trans_in: '…', trans_in_type: '…' };
 * ```
 */
export interface OpenApiRefundFundDetailPojo {
  funds?: string[];
  trans_in?: string;
  trans_in_type?: string;
  type?: string;
}
const OpenApiRefundFundDetailPojoShape = (): object => ({ funds: [0], trans_in: 0, trans_in_type: 0, type: 0 });

/**
 * `alipay.trade.refund.apply`: POST /v3/alipay/trade/refund/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeRefundApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeRefundApply, { extend_params: '…', notify_url: '…' });
 * ```
 */
export const alipayTradeRefundApply: ApiDefinition<"alipay.trade.refund.apply", AlipayTradeRefundApplyRequest, AlipayTradeRefundApplyResult, AlipayTradeRefundApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.refund.apply",
  'POST',
  () => ({ extend_params: 0, notify_url: 0, operator_id: 0, out_request_no: 0, out_trade_no: 0, refund_amount: 0, refund_fund_details: [OpenApiRefundFundDetailPojoShape], refund_reason: 0, store_id: 0, terminal_id: 0, trade_no: 0 }),
  () => ({ out_request_no: 0, out_trade_no: 0, refund_amount: 0, refund_status: 0, trade_no: 0 }),
);
