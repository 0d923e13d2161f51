// What Alipay tells the merchant when a trade changes: the parameters of the `trade_status_sync`
// notification (paid, closed, refunded), and the changes that happen on the gateway's clock
// rather than on a request: unpaid trades expire, and a buyer confirms a barcode payment.
import { chinaTime, nextId, type MockState, type MockTrade } from '../state.ts';
import { SELLER_ID, markClosed, markPaid } from '../handlers/trade-common.ts';
import type { TradeChange } from '../handlers/types.ts';

/** The gateway's side of a notification: its app id, the certificate SN it signs with, its clock. */
export interface NotifyingGateway {
  appId: string;
  certSn: string | undefined;
  state: MockState;
  now(): Date;
}

/** `yyyy-MM-dd HH:mm:ss.SSS` in China time, as Alipay writes `gmt_refund`. */
const chinaTimeMs = (date: Date) => `${chinaTime(date)}.${String(date.getTime() % 1000).padStart(3, '0')}`;

/**
 * The unsigned parameters of the notification of `change`, as Alipay sends them (`notify_type`
 * `trade_status_sync`; refunds with `refund_fee`, the total refunded so far, `gmt_refund` and
 * `out_biz_no`, the refund's `out_request_no`).
 */
export function tradeNotification(gateway: NotifyingGateway, trade: MockTrade, change: TradeChange): Record<string, string> {
  const now = gateway.now();
  const paid = trade.gmt_payment !== undefined;
  const params: Record<string, string> = {
    app_id: gateway.appId,
    auth_app_id: gateway.appId,
    charset: trade.charset,
    version: '1.0',
    sign_type: trade.sign_type,
    seller_id: SELLER_ID,
    out_trade_no: trade.out_trade_no,
    trade_no: trade.trade_no,
    total_amount: trade.total_amount,
    notify_time: chinaTime(now),
    notify_type: 'trade_status_sync',
    notify_id: nextId(gateway.state, 'n', 30),
    trade_status: trade.trade_status,
    subject: trade.subject,
    gmt_create: trade.gmt_create,
  };
  if (paid) {
    Object.assign(params, {
      buyer_id: trade.buyer_id ?? '',
      ...(trade.buyer_logon_id && { buyer_logon_id: trade.buyer_logon_id }),
      receipt_amount: trade.total_amount,
      invoice_amount: trade.total_amount,
      buyer_pay_amount: trade.total_amount,
      point_amount: '0.00',
      gmt_payment: trade.gmt_payment!,
      fund_bill_list: JSON.stringify([{ amount: trade.total_amount, fundChannel: 'ALIPAYACCOUNT' }]),
    });
  }
  if (change.kind === 'refunded') {
    params.refund_fee = trade.refund_fee;
    params.gmt_refund = chinaTimeMs(now);
    if (change.refund) params.out_biz_no = change.refund.out_request_no;
  }
  if (trade.gmt_close) params.gmt_close = trade.gmt_close;
  if (trade.passback_params) params.passback_params = trade.passback_params;
  if (gateway.certSn) params.alipay_cert_sn = gateway.certSn;
  return params;
}

/**
 * How long a buyer takes to confirm a barcode payment in the app (`MOCK_AUTH_CODES.buyerConfirms`): 10 seconds.
 *
 * @example
 * ```ts
 * gateway.clock.advance(BUYER_CONFIRMS_AFTER_MS); // the waiting trade is TRADE_SUCCESS now
 * ```
 */
export const BUYER_CONFIRMS_AFTER_MS = 10_000;

/**
 * What fell due on the clock, in time order: a waiting buyer confirms (the trade is paid), an
 * unpaid trade expires (closed; a QR code nobody scanned closes without a notification).
 */
export function sweepTrades(gateway: NotifyingGateway, notify: (trade: MockTrade, change: TradeChange) => void): void {
  const now = gateway.now().getTime();
  for (const trade of gateway.state.trades.values()) {
    if (trade.trade_status !== 'WAIT_BUYER_PAY') continue;
    const confirms = trade.confirms_at;
    if (confirms !== undefined && confirms <= now && confirms < trade.expires_at) {
      markPaid(trade, { buyer_id: trade.buyer_id ?? '', ...(trade.buyer_logon_id && { buyer_logon_id: trade.buyer_logon_id }) }, new Date(confirms));
      notify(trade, { kind: 'paid' });
    } else if (trade.expires_at <= now) {
      markClosed(trade, new Date(trade.expires_at));
      if (trade.qr_code === undefined || trade.scanned) notify(trade, { kind: 'closed' });
    }
  }
}
