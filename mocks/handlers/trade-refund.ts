// Refunds: alipay.trade.refund (partial or full, once per out_request_no; a full refund closes the
// trade) and alipay.trade.fastpay.refund.query. Amounts are counted in integer fen.
import { toFen, toYuan } from '../money.ts';
import { type MockRefund, chinaTime } from '../state.ts';
import { acq, amountOf, findTrade, markClosed, noTradeNamed, refundable } from './trade-common.ts';
import { type MethodContext, type MethodHandler, type MockNode, isString, success } from './types.ts';

function tradeRefund({ biz, state, now, notify }: MethodContext): MockNode {
  const unnamed = noTradeNamed(biz);
  if (unnamed) return unnamed;
  const fen = amountOf(biz, 'refund_amount');
  if (typeof fen !== 'bigint') return fen;
  if (biz.out_request_no !== undefined && (!isString(biz.out_request_no) || biz.out_request_no.length > 64)) return acq('INVALID_PARAMETER', 'out_request_no最长64位');
  const trade = findTrade(state, biz);
  if (!trade) return acq('TRADE_NOT_EXIST');
  // Without out_request_no the request is the trade's one full refund (partial refunds need one).
  const requestNo = isString(biz.out_request_no) ? biz.out_request_no : trade.out_trade_no;
  const answer = (fundChange: 'Y' | 'N', refund: MockRefund) =>
    success({
      trade_no: trade.trade_no,
      out_trade_no: trade.out_trade_no,
      buyer_logon_id: trade.buyer_logon_id,
      buyer_user_id: trade.buyer_id,
      fund_change: fundChange,
      refund_fee: trade.refund_fee,
      gmt_refund_pay: refund.gmt_refund_pay,
      send_back_fee: refund.refund_amount,
    });
  const earlier = trade.refunds.find((r) => r.out_request_no === requestNo);
  if (earlier) {
    // The same request again refunds nothing more; another amount under the same number is refused.
    if (toFen(earlier.refund_amount) !== fen) return acq('DISCORDANT_REPEAT_REQUEST');
    return answer('N', earlier);
  }
  if (trade.trade_status === 'WAIT_BUYER_PAY') return acq('TRADE_STATUS_ERROR');
  if (trade.gmt_payment === undefined) return acq('TRADE_HAS_CLOSE');
  if (!isString(biz.out_request_no) && fen !== toFen(trade.total_amount)) return acq('REFUND_AMT_NOT_EQUAL_TOTAL', '部分退款须传out_request_no');
  if (fen > refundable(trade)) return acq('REFUND_AMT_NOT_EQUAL_TOTAL', `可退金额为${toYuan(refundable(trade))}`);
  const refund: MockRefund = { out_request_no: requestNo, refund_amount: toYuan(fen), gmt_refund_pay: chinaTime(now), ...(isString(biz.refund_reason) && { refund_reason: biz.refund_reason }) };
  trade.refunds.push(refund);
  trade.refund_fee = toYuan(toFen(trade.refund_fee)! + fen);
  if (refundable(trade) === 0n) markClosed(trade, now);
  notify(trade, { kind: 'refunded', refund });
  return answer('Y', refund);
}

function refundQuery({ biz, state }: MethodContext): MockNode {
  const unnamed = noTradeNamed(biz);
  if (unnamed) return unnamed;
  if (!isString(biz.out_request_no)) return acq('INVALID_PARAMETER', 'out_request_no不能为空');
  const trade = findTrade(state, biz);
  if (!trade) return acq('TRADE_NOT_EXIST');
  const refund = trade.refunds.find((r) => r.out_request_no === biz.out_request_no);
  // No such refund: a success that names none (Alipay's way of saying "not refunded").
  if (!refund) return success();
  return success({
    trade_no: trade.trade_no,
    out_trade_no: trade.out_trade_no,
    out_request_no: refund.out_request_no,
    total_amount: trade.total_amount,
    refund_amount: refund.refund_amount,
    refund_status: 'REFUND_SUCCESS',
    gmt_refund_pay: refund.gmt_refund_pay,
    ...(refund.refund_reason !== undefined && { refund_reason: refund.refund_reason }),
  });
}

/** The refund APIs. */
export const tradeRefundHandlers: Record<string, MethodHandler> = {
  'alipay.trade.refund': tradeRefund,
  'alipay.trade.fastpay.refund.query': refundQuery,
};
