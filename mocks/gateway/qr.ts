// The QR codes of alipay.trade.precreate: `https://qr.alipay.com/<code>`, or the mock HTTP
// server's `/qr/<code>`. Scanning one makes its trade exist (WAIT_BUYER_PAY); until then the
// gateway answers queries about it with ACQ.TRADE_NOT_EXIST, as Alipay does.
import { acq } from '../handlers/trade-common.ts';
import type { MockNode } from '../handlers/types.ts';
import type { MockState, MockTrade } from '../state.ts';

/**
 * The code of a QR code URL (the mock's or Alipay's), if `text` is one.
 *
 * @example
 * ```ts
 * qrCodeOf('https://qr.alipay.com/bax000000000000000000001'); // 'bax000000000000000000001'
 * ```
 */
export function qrCodeOf(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const match = url.hostname === 'qr.alipay.com' ? /^\/(bax\d+)$/.exec(url.pathname) : /\/qr\/(bax\d+)$/.exec(url.pathname);
  return match?.[1];
}

/** A buyer scans the code: its trade, now shown to queries, or why it cannot be paid. */
export function scanQr(state: MockState, code: string): { trade: MockTrade } | { refused: MockNode } {
  const outTradeNo = state.qrCodes.get(code);
  const trade = outTradeNo === undefined ? undefined : state.trades.get(outTradeNo);
  if (!trade || trade.qr_code !== code) return { refused: acq('TRADE_NOT_EXIST') };
  if (trade.trade_status === 'TRADE_CLOSED') return { refused: acq('TRADE_HAS_CLOSE') };
  if (trade.trade_status !== 'WAIT_BUYER_PAY') return { refused: acq('TRADE_HAS_SUCCESS') };
  trade.scanned = true;
  return { trade };
}
