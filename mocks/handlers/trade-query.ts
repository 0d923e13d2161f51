// Reading and ending trades: alipay.trade.query, alipay.trade.close (only an unpaid trade) and
// alipay.trade.cancel (unpaid: closed; paid within a day: refunded in full; the answer's `action`
// says which).
import { parseChinaTime } from '../gateway/clock.ts';
import { toFen, toYuan } from '../money.ts';
import { chinaTime } from '../state.ts';
import { acq, findTrade, markClosed, noTradeNamed, notifyUrlOf, refundable } from './trade-common.ts';
import { type MethodContext, type MethodHandler, type MockNode, isString, success } from './types.ts';

/**
 * How long after payment a trade can be cancelled (then only refunded): one day.
 *
 * @example
 * ```ts
 * gateway.clock.advance(CANCEL_WINDOW_MS + 1); // alipay.trade.cancel now answers ACQ.TRADE_CANCEL_TIME_OUT
 * ```
 */
export const CANCEL_WINDOW_MS = 86_400_000;

function tradeQuery({ biz, state }: MethodContext): MockNode {
  const unnamed = noTradeNamed(biz);
  if (unnamed) return unnamed;
  const trade = findTrade(state, biz);
  if (!trade) return acq('TRADE_NOT_EXIST');
  const paid = trade.gmt_payment !== undefined;
  return success({
    trade_no: trade.trade_no,
    out_trade_no: trade.out_trade_no,
    trade_status: trade.trade_status,
    total_amount: trade.total_amount,
    subject: trade.subject,
    ...(trade.buyer_id !== undefined && { buyer_user_id: trade.buyer_id, buyer_logon_id: trade.buyer_logon_id }),
    buyer_pay_amount: paid ? trade.total_amount : '0.00',
    receipt_amount: paid ? trade.total_amount : '0.00',
    point_amount: '0.00',
    invoice_amount: paid ? trade.total_amount : '0.00',
    ...(paid && { send_pay_date: trade.gmt_payment, fund_bill_list: [{ fund_channel: 'ALIPAYACCOUNT', amount: trade.total_amount }] }),
  });
}

function tradeClose({ params, biz, state, now, notify }: MethodContext): MockNode {
  const unnamed = noTradeNamed(biz);
  if (unnamed) return unnamed;
  const trade = findTrade(state, biz);
  if (!trade) return acq('TRADE_NOT_EXIST');
  if (trade.trade_status !== 'WAIT_BUYER_PAY') return acq('TRADE_STATUS_ERROR');
  markClosed(trade, now);
  const notifyUrl = notifyUrlOf(params, biz);
  notify(trade, { kind: 'closed', ...(notifyUrl && { notifyUrl }) });
  return success({ trade_no: trade.trade_no, out_trade_no: trade.out_trade_no });
}

function tradeCancel({ biz, state, now, notify }: MethodContext): MockNode {
  const unnamed = noTradeNamed(biz);
  if (unnamed) return unnamed;
  const outTradeNo = isString(biz.out_trade_no) ? biz.out_trade_no : undefined;
  // A QR code nobody scanned: cancelled too, so that nobody can pay it later.
  const pending = outTradeNo !== undefined ? state.trades.get(outTradeNo) : undefined;
  const trade = findTrade(state, biz) ?? (pending?.qr_code !== undefined && !pending.scanned ? pending : undefined);
  // No such trade: nothing to undo (the answer names no action).
  if (!trade) return success({ out_trade_no: outTradeNo ?? '', retry_flag: 'N' });
  const answer = (action: 'close' | 'refund', extra: MockNode = {}) =>
    success({ trade_no: trade.trade_no, out_trade_no: trade.out_trade_no, retry_flag: 'N', action, ...extra });
  if (trade.trade_status === 'WAIT_BUYER_PAY') {
    markClosed(trade, now);
    if (trade.qr_code === undefined || trade.scanned) notify(trade, { kind: 'closed' });
    return answer('close');
  }
  if (trade.gmt_payment === undefined) return answer('close'); // closed unpaid before: the same answer
  // Cancelled before (refunded in full, with no refund request of its own): the same answer.
  if (trade.trade_status === 'TRADE_CLOSED' && trade.refunds.length === 0) return answer('refund');
  if (trade.refunds.length > 0) return acq('REASON_TRADE_REFUND_FEE_ERR', '交易已发生过退款，不能撤销');
  if (now.getTime() - parseChinaTime(trade.gmt_payment)! > CANCEL_WINDOW_MS) return acq('TRADE_CANCEL_TIME_OUT');
  trade.refund_fee = toYuan(toFen(trade.refund_fee)! + refundable(trade));
  markClosed(trade, now);
  notify(trade, { kind: 'refunded' });
  return answer('refund', { gmt_refund_pay: chinaTime(now) });
}

/** The trade APIs that read and end trades. */
export const tradeQueryHandlers: Record<string, MethodHandler> = {
  'alipay.trade.query': tradeQuery,
  'alipay.trade.close': tradeClose,
  'alipay.trade.cancel': tradeCancel,
};
