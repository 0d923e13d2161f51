// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.trade.order.pay` (POST /v3/alipay/trade/order/pay: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeOrderPayRequest = { advance_payment_type: '…', buyer_id: '…' };
 * ```
 */
export interface AlipayTradeOrderPayRequest {
  advance_payment_type?: string;
  buyer_id?: string;
  buyer_open_id?: string;
  buyer_pay_detail?: BuyerPayDetail[];
  fulfillment_amount?: string;
  is_async_pay?: boolean;
  order_pay_mode?: string;
  out_request_no?: string;
  product_code?: string;
  total_amount?: string;
  trade_no?: string;
}

/**
 * The result of `alipay.trade.order.pay`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeOrderPayResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeOrderPayResult {
  async_payment_mode?: string;
  fulfillment_amount?: string;
  gmt_payment?: string;
  out_request_no?: string;
  out_trade_no?: string;
  total_amount?: string;
  trade_no?: string;
}

/**
 * The error codes of `alipay.trade.order.pay` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeOrderPayErrorCode = "ACQ.SYSTEM_ERROR";
 * ```
 */
export type AlipayTradeOrderPayErrorCode = "ACQ.SYSTEM_ERROR" | "ACQ.INVALID_PARAMETER" | "ACQ.ACCESS_FORBIDDEN" | "ACQ.PARTNER_ERROR" | "ACQ.TOTAL_FEE_EXCEED" | "ACQ.CONTEXT_INCONSISTENT" | "ACQ.TRADE_HAS_SUCCESS" | "ACQ.TRADE_HAS_CLOSE" | "ACQ.TRADE_BUYER_NOT_MATCH" | "ACQ.AMOUNT_OR_CURRENCY_ERROR" | "ACQ.AGREEMENT_ERROR" | "ACQ.BUYER_BALANCE_NOT_ENOUGH" | "ACQ.CREDIT_FULFILLMENT_DELIVERY_UNFINISHED" | "ACQ.HAVE_PAYMENT_EXIST" | "ACQ.NO_PAYMENT_INSTRUMENTS_AVAILABLE" | "ACQ.PAYMENT_FAIL" | "ACQ.PRODUCT_AMOUNT_LIMIT_ERROR" | "ACQ.TRADE_NOT_EXIST" | "ACQ.ZM_ORDER_CHECK_NOT_CREDIT";

/**
 * `BuyerPayDetail`, a model of Alipay's v3 description (in `alipay.trade.order.pay`).
 *
 * @example
 * ```ts
 * const value: BuyerPayDetail = { amount: '…', pay_channel: '…' };
 * ```
 */
export interface BuyerPayDetail {
  amount?: string;
  pay_channel?: string;
}
const BuyerPayDetailShape = (): object => ({ amount: 0, pay_channel: 0 });

/**
 * `alipay.trade.order.pay`: POST /v3/alipay/trade/order/pay over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeOrderPay } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeOrderPay, { advance_payment_type: '…', buyer_id: '…' });
 * ```
 */
export const alipayTradeOrderPay: ApiDefinition<"alipay.trade.order.pay", AlipayTradeOrderPayRequest, AlipayTradeOrderPayResult, AlipayTradeOrderPayErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.order.pay",
  'POST',
  () => ({ advance_payment_type: 0, buyer_id: 0, buyer_open_id: 0, buyer_pay_detail: [BuyerPayDetailShape], fulfillment_amount: 0, is_async_pay: 2, order_pay_mode: 0, out_request_no: 0, product_code: 0, total_amount: 0, trade_no: 0 }),
  () => ({ async_payment_mode: 0, fulfillment_amount: 0, gmt_payment: 0, out_request_no: 0, out_trade_no: 0, total_amount: 0, trade_no: 0 }),
);
