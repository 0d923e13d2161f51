// Opening and paying trades from the merchant's server: alipay.trade.create (a mini-program or
// JSAPI payment: the buyer pays the trade_no), alipay.trade.precreate (a QR code the buyer scans)
// and alipay.trade.pay (the buyer's barcode, whose auth_code decides what happens: see
// MOCK_AUTH_CODES).
import { BUYER_CONFIRMS_AFTER_MS } from '../gateway/trade-events.ts';
import { type MockState, type MockTrade, nextId } from '../state.ts';
import { QR_TIMEOUT_MS, acq, markPaid, openTrade } from './trade-common.ts';
import { type MethodContext, type MethodHandler, type MockNode, isString, success } from './types.ts';

/**
 * Barcodes (`auth_code` of `alipay.trade.pay`) and what the mock's buyer does with each. Any other
 * code of 16 to 24 digits starting with 25 to 30 pays at once; anything else is
 * `ACQ.PAYMENT_AUTH_CODE_INVALID`.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.trade.pay', { out_trade_no: 'T1', total_amount: '9.90', subject: 'Tea', scene: 'bar_code', auth_code: MOCK_AUTH_CODES.paid });
 * ```
 */
export const MOCK_AUTH_CODES = {
  /** Paid at once: `10000`, `TRADE_SUCCESS`. */
  paid: '280000000000000000',
  /** The buyer must confirm in the app: `10003` (`WAIT_BUYER_PAY`), then paid 10 seconds later on the gateway's clock. */
  buyerConfirms: '280000000000000010',
  /** The buyer never confirms: `10003`, and `WAIT_BUYER_PAY` until the merchant cancels or the trade expires. */
  buyerNeverConfirms: '280000000000000020',
  /** `ACQ.BUYER_BALANCE_NOT_ENOUGH`; no trade is made. */
  balanceNotEnough: '280000000000000030',
  /** `ACQ.PAYMENT_AUTH_CODE_INVALID` (an expired code); no trade is made. */
  invalid: '280000000000000040',
} as const;

/**
 * The buyer of the barcode payments and of the QR code a test scans without naming one.
 *
 * @example
 * ```ts
 * (await alipay.execute('alipay.trade.query', { out_trade_no: 'T1' })).buyer_user_id === MOCK_BUYER.buyer_id;
 * ```
 */
export const MOCK_BUYER = { buyer_id: '2088102177846880', buyer_logon_id: 'buy***@example.com' } as const;

const AUTH_CODE = /^(?:2[5-9]|30)\d{14,22}$/;

function tradeCreate({ params, biz, now, state }: MethodContext): MockNode {
  const opened = openTrade(state, { method: 'alipay.trade.create', params, biz, now });
  if ('refused' in opened) return opened.refused;
  const { trade } = opened;
  if (isString(biz.buyer_id) && trade.trade_status === 'WAIT_BUYER_PAY') trade.buyer_id = biz.buyer_id;
  return success({ out_trade_no: trade.out_trade_no, trade_no: trade.trade_no });
}

/**
 * Where a QR code points: back at the mock's HTTP server when the request came to one on
 * loopback (a browser can open it there), else Alipay's `https://qr.alipay.com/<code>`.
 */
function qrUrl(gatewayUrl: string, code: string): string {
  const url = new URL(gatewayUrl);
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) ? `${url.origin}/qr/${code}` : `https://qr.alipay.com/${code}`;
}

function tradePrecreate({ params, biz, now, state, gatewayUrl }: MethodContext): MockNode {
  const fresh = isString(biz.out_trade_no) && !state.trades.has(biz.out_trade_no);
  if (biz.qr_code_timeout_express !== undefined && !isString(biz.qr_code_timeout_express)) return acq('INVALID_PARAMETER', 'qr_code_timeout_express');
  const qrTimeout = isString(biz.qr_code_timeout_express) ? biz.qr_code_timeout_express : undefined;
  const opened = openTrade(state, { method: 'alipay.trade.precreate', params, biz, now, timeoutMs: QR_TIMEOUT_MS, ...(qrTimeout && { extraTimeout: qrTimeout }) });
  if ('refused' in opened) return opened.refused;
  const { trade } = opened;
  if (trade.qr_code === undefined) {
    trade.qr_code = `bax${nextId(state, '', 21)}`;
    trade.scanned = !fresh; // a trade made before (alipay.trade.create) exists already
    state.qrCodes.set(trade.qr_code, trade.out_trade_no);
  }
  return success({ out_trade_no: trade.out_trade_no, qr_code: qrUrl(gatewayUrl, trade.qr_code) });
}

/** The answer of a paid barcode payment. */
function paidAnswer(trade: MockTrade): MockNode {
  const amount = trade.total_amount;
  return success({
    trade_no: trade.trade_no,
    out_trade_no: trade.out_trade_no,
    buyer_logon_id: trade.buyer_logon_id,
    buyer_user_id: trade.buyer_id,
    total_amount: amount,
    receipt_amount: amount,
    buyer_pay_amount: amount,
    point_amount: '0.00',
    invoice_amount: amount,
    gmt_payment: trade.gmt_payment,
    fund_bill_list: [{ fund_channel: 'ALIPAYACCOUNT', amount }],
  });
}

/** `10003`: the order is made and waits for the buyer; the merchant polls alipay.trade.query (the real answer's msg starts with a space). */
function inProcess(trade: MockTrade): MockNode {
  return {
    code: '10003',
    msg: ' order success pay inprocess',
    trade_no: trade.trade_no,
    out_trade_no: trade.out_trade_no,
    buyer_logon_id: trade.buyer_logon_id,
    buyer_user_id: trade.buyer_id,
    total_amount: trade.total_amount,
    receipt_amount: '0.00',
    buyer_pay_amount: '0.00',
    point_amount: '0.00',
    invoice_amount: '0.00',
  };
}

/** A failed barcode payment leaves no trade behind (when the request made it). */
function refuse(state: MockState, outTradeNo: string, fresh: boolean, node: MockNode): MockNode {
  if (fresh) state.trades.delete(outTradeNo);
  return node;
}

function tradePay({ params, biz, now, state, notify }: MethodContext): MockNode {
  const code = biz.auth_code;
  if (!isString(code) || !AUTH_CODE.test(code) || code === MOCK_AUTH_CODES.invalid) return acq('PAYMENT_AUTH_CODE_INVALID');
  const fresh = isString(biz.out_trade_no) && !state.trades.has(biz.out_trade_no);
  const opened = openTrade(state, { method: 'alipay.trade.pay', params, biz, now });
  if ('refused' in opened) return opened.refused;
  const { trade } = opened;
  // The same barcode payment asked again while the buyer has not confirmed: the same answer.
  if (trade.method === 'alipay.trade.pay' && !fresh) return inProcess(trade);
  if (code === MOCK_AUTH_CODES.balanceNotEnough) return refuse(state, trade.out_trade_no, fresh, acq('BUYER_BALANCE_NOT_ENOUGH'));
  trade.method = 'alipay.trade.pay';
  if (code === MOCK_AUTH_CODES.buyerConfirms || code === MOCK_AUTH_CODES.buyerNeverConfirms) {
    Object.assign(trade, MOCK_BUYER);
    if (code === MOCK_AUTH_CODES.buyerConfirms) trade.confirms_at = now.getTime() + BUYER_CONFIRMS_AFTER_MS;
    return inProcess(trade);
  }
  markPaid(trade, MOCK_BUYER, now);
  notify(trade, { kind: 'paid' });
  return paidAnswer(trade);
}

/** The trade APIs that open and pay trades. */
export const tradeCreateHandlers: Record<string, MethodHandler> = {
  'alipay.trade.create': tradeCreate,
  'alipay.trade.precreate': tradePrecreate,
  'alipay.trade.pay': tradePay,
};
