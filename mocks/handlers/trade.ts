// alipay.trade.query in the mock gateway, answered from the trades its cashier made.
import { type MethodContext, type MethodHandler, type MockNode, businessError, isString, success } from './types.ts';

function tradeQuery({ biz, state }: MethodContext): MockNode {
  const outTradeNo = biz.out_trade_no;
  const tradeNo = biz.trade_no;
  if (!isString(outTradeNo) && !isString(tradeNo)) return businessError('ACQ.INVALID_PARAMETER', '参数无效：out_trade_no和trade_no不能同时为空');
  const trade = isString(outTradeNo) ? state.trades.get(outTradeNo) : [...state.trades.values()].find((t) => t.trade_no === tradeNo);
  if (!trade || (isString(tradeNo) && trade.trade_no !== tradeNo)) return businessError('ACQ.TRADE_NOT_EXIST', '交易不存在');
  const paid = trade.trade_status === 'TRADE_SUCCESS';
  return success({
    trade_no: trade.trade_no,
    out_trade_no: trade.out_trade_no,
    trade_status: trade.trade_status,
    total_amount: trade.total_amount,
    ...(paid && {
      buyer_user_id: trade.buyer_id,
      buyer_logon_id: trade.buyer_logon_id,
      buyer_pay_amount: trade.total_amount,
      receipt_amount: trade.total_amount,
      send_pay_date: trade.gmt_payment,
    }),
  });
}

/** The trade APIs the mock serves (the payments themselves go through its cashier). */
export const tradeHandlers: Record<string, MethodHandler> = {
  'alipay.trade.query': tradeQuery,
};
