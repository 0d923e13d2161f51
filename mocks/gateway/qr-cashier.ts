// A browser at a precreated QR code (what the buyer's Alipay app opens when it scans one): GET
// shows the order and a pay button (the scan: the trade exists from now on); POST pays it as the
// buyer named in the form (default MOCK_BUYER), and the gateway sends the notification itself.
import { MOCK_BUYER } from '../handlers/trade-create.ts';
import { type CashierGateway, cashierPage, errorPage, settle } from './cashier.ts';
import { scanQr } from './qr.ts';
import { escapeHtml } from './request.ts';

/** At most this much of a form is read: a buyer id, nothing more. */
const MAX_FORM_BYTES = 4096;

/**
 * Answers a browser at QR code `code`.
 *
 * @example
 * ```ts
 * if (code !== undefined) return visitQr(cashier, request, code);
 * ```
 */
export async function visitQr(gateway: CashierGateway, request: Request, code: string): Promise<Response> {
  gateway.sweep();
  const scanned = scanQr(gateway.state, code);
  if ('refused' in scanned) return errorPage(scanned.refused);
  const { trade } = scanned;
  if (request.method === 'POST') {
    const text = new TextDecoder().decode((await request.arrayBuffer()).slice(0, MAX_FORM_BYTES));
    const buyerId = new URLSearchParams(text).get('buyer_id')?.trim() || MOCK_BUYER.buyer_id;
    if (!/^\d{16}$/.test(buyerId)) return errorPage({ code: '40004', sub_code: 'ACQ.BUYER_NOT_EXIST', sub_msg: '买家不存在' });
    await settle(gateway, trade, buyerId === MOCK_BUYER.buyer_id ? MOCK_BUYER : { buyer_id: buyerId }, {});
    return cashierPage('支付宝 - 支付成功 (mock)', [`订单号：${trade.out_trade_no}`, `金额：${trade.total_amount} 元`, `交易号：${trade.trade_no}`, 'TRADE_SUCCESS']);
  }
  const body =
    `<!doctype html><html><head><meta charset="utf-8"><title>支付宝 - 扫码付款 (mock)</title></head><body><h1>支付宝 - 扫码付款 (mock)</h1>` +
    `<p>订单号：${escapeHtml(trade.out_trade_no)}</p><p>金额：${escapeHtml(trade.total_amount)} 元</p><p>商品：${escapeHtml(trade.subject)}</p>` +
    `<form method="post"><input name="buyer_id" value="${MOCK_BUYER.buyer_id}"><button type="submit">确认付款</button></form></body></html>`;
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
