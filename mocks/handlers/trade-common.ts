// What the trade handlers share: the business errors of the trade APIs' error models (with the
// gateway's sub_msg texts), finding a trade as the gateway does, reading amounts and expiry, and
// opening a trade (the cashier's browser and app payments use the same rules).
import { MAX_FEN, toFen, toYuan } from '../money.ts';
import { parseChinaTime } from '../gateway/clock.ts';
import { type MockState, type MockTrade, chinaTime, nextId } from '../state.ts';
import { type MockNode, businessError, isString } from './types.ts';

/** The seller the mock's trades are paid to (its `seller_id`). */
export const SELLER_ID = '2088000000000001';

/** The sub_msg of each ACQ error the trade handlers answer. */
const ACQ_MESSAGES = {
  INVALID_PARAMETER: '参数无效',
  TRADE_NOT_EXIST: '交易不存在',
  TRADE_STATUS_ERROR: '交易状态不合法',
  TRADE_HAS_SUCCESS: '交易已被支付',
  TRADE_HAS_CLOSE: '交易已经关闭',
  CONTEXT_INCONSISTENT: '交易信息被篡改',
  TOTAL_FEE_EXCEED: '订单总金额不在允许范围内',
  NOW_TIME_AFTER_EXPIRE_TIME_ERROR: '当前时间已超过允许支付的时间',
  PAYMENT_AUTH_CODE_INVALID: '支付授权码无效',
  BUYER_BALANCE_NOT_ENOUGH: '买家余额不足',
  REFUND_AMT_NOT_EQUAL_TOTAL: '退款金额超限',
  REASON_TRADE_REFUND_FEE_ERR: '退款金额无效',
  DISCORDANT_REPEAT_REQUEST: '不一致的请求',
  TRADE_CANCEL_TIME_OUT: '超过撤销时间范围',
} as const;

/**
 * A `40004 Business Failed` answer with `ACQ.<code>` and the gateway's text (and a detail after it).
 *
 * @example
 * ```ts
 * acq('TRADE_NOT_EXIST'); // { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_NOT_EXIST', sub_msg: '交易不存在' }
 * ```
 */
export function acq(code: keyof typeof ACQ_MESSAGES, detail?: string): MockNode {
  return businessError(`ACQ.${code}`, detail === undefined ? ACQ_MESSAGES[code] : `${ACQ_MESSAGES[code]}：${detail}`);
}

/** The trade a request names by `out_trade_no` or `trade_no` (both: they must agree), if the gateway shows it. */
export function findTrade(state: MockState, biz: Record<string, unknown>): MockTrade | undefined {
  const { out_trade_no: outTradeNo, trade_no: tradeNo } = biz;
  const trade = isString(outTradeNo) ? state.trades.get(outTradeNo) : isString(tradeNo) ? [...state.trades.values()].find((t) => t.trade_no === tradeNo) : undefined;
  if (!trade || (isString(tradeNo) && trade.trade_no !== tradeNo)) return undefined;
  // A precreated QR code nobody scanned yet is no trade to the gateway.
  return trade.qr_code !== undefined && !trade.scanned ? undefined : trade;
}

/** The refusal when a request names no trade at all. */
export const noTradeNamed = (biz: Record<string, unknown>): MockNode | undefined =>
  isString(biz.out_trade_no) || isString(biz.trade_no) ? undefined : acq('INVALID_PARAMETER', 'out_trade_no和trade_no不能同时为空');

/** A request's `notify_url`: a top-level parameter over v2, a field over v3. */
export const notifyUrlOf = (params: Record<string, string>, biz: Record<string, unknown>): string | undefined =>
  isString(params.notify_url) ? params.notify_url : isString(biz.notify_url) ? biz.notify_url : undefined;

/** An amount field in fen, or the refusal: yuan with two decimals at most, more than zero. */
export function amountOf(biz: Record<string, unknown>, field: string): bigint | MockNode {
  const fen = toFen(biz[field]);
  if (fen === undefined || fen <= 0n) return acq('INVALID_PARAMETER', `${field}须为元，最多两位小数，且大于0`);
  return fen;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_TIMEOUT_MS = 15 * 86_400_000;

/** When a relative timeout (`90m`, `2h`, `15d`, `1c`: today, closing at midnight China time) ends, or the refusal. */
function timeoutEnd(text: string, field: string, now: number): number | MockNode {
  if (text === '1c') return Math.floor((now + 8 * 3_600_000) / 86_400_000 + 1) * 86_400_000 - 8 * 3_600_000;
  const match = /^([1-9]\d{0,5})([mhd])$/.exec(text);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2]!]! : Number.NaN;
  if (!(ms <= MAX_TIMEOUT_MS)) return acq('INVALID_PARAMETER', `${field}取值范围为1m～15d，如90m、2h、1c`);
  return now + ms;
}

/**
 * When an unpaid trade opened at `now` closes: `time_expire` (China time) wins over
 * `timeout_express`; `extraTimeout` (a QR code's `qr_code_timeout_express`) can only shorten it.
 */
export function expiryOf(biz: Record<string, unknown>, now: number, defaultMs: number, extraTimeout?: string): number | MockNode {
  let end = now + defaultMs;
  if (biz.time_expire !== undefined) {
    const at = parseChinaTime(biz.time_expire);
    if (at === undefined) return acq('INVALID_PARAMETER', 'time_expire格式为yyyy-MM-dd HH:mm:ss');
    if (at <= now) return acq('NOW_TIME_AFTER_EXPIRE_TIME_ERROR');
    end = at;
  } else if (biz.timeout_express !== undefined) {
    const at = typeof biz.timeout_express === 'string' ? timeoutEnd(biz.timeout_express, 'timeout_express', now) : acq('INVALID_PARAMETER', 'timeout_express');
    if (typeof at !== 'number') return at;
    end = at;
  }
  if (extraTimeout !== undefined) {
    const at = timeoutEnd(extraTimeout, 'qr_code_timeout_express', now);
    if (typeof at !== 'number') return at;
    end = Math.min(end, at);
  }
  return end;
}

/** How long an unpaid trade stays open when the request says nothing: 15 days (a QR code: 2 hours). */
export const DEFAULT_TIMEOUT_MS = MAX_TIMEOUT_MS;
export const QR_TIMEOUT_MS = 2 * 3_600_000;

/** What opening a trade needs to know. */
export interface TradeRequest {
  method: string;
  params: Record<string, string>;
  biz: Record<string, unknown>;
  now: Date;
  /** Default lifetime of an unpaid trade (ms). */
  timeoutMs?: number;
  /** A QR code's own timeout (`qr_code_timeout_express`). */
  extraTimeout?: string;
}

/**
 * Opens a trade (or finds the same one opened before): the fields the gateway requires, the
 * amount (yuan, at most 100,000,000), the expiry, and what an earlier trade of the same
 * `out_trade_no` allows (not paid, not closed, the same amount).
 */
export function openTrade(state: MockState, request: TradeRequest): { trade: MockTrade } | { refused: MockNode } {
  const { params, biz, now } = request;
  const { out_trade_no: outTradeNo, subject } = biz;
  if (!isString(outTradeNo) || outTradeNo.length > 64) return { refused: acq('INVALID_PARAMETER', 'out_trade_no不能为空，最长64位') };
  if (!isString(subject) || subject.length > 256) return { refused: acq('INVALID_PARAMETER', 'subject不能为空，最长256位') };
  const fen = amountOf(biz, 'total_amount');
  if (typeof fen !== 'bigint') return { refused: fen };
  if (fen > MAX_FEN) return { refused: acq('TOTAL_FEE_EXCEED') };
  const amount = toYuan(fen);
  const existing = state.trades.get(outTradeNo);
  if (existing?.trade_status === 'TRADE_SUCCESS') return { refused: acq('TRADE_HAS_SUCCESS') };
  if (existing?.trade_status === 'TRADE_CLOSED') return { refused: acq('TRADE_HAS_CLOSE') };
  if (existing && existing.total_amount !== amount) return { refused: acq('CONTEXT_INCONSISTENT') };
  const notifyUrl = notifyUrlOf(params, biz);
  if (existing) {
    if (notifyUrl) existing.notify_url = notifyUrl;
    if (params.return_url) existing.return_url = params.return_url;
    return { trade: existing };
  }
  const expires = expiryOf(biz, now.getTime(), request.timeoutMs ?? DEFAULT_TIMEOUT_MS, request.extraTimeout);
  if (typeof expires !== 'number') return { refused: expires };
  const passback = isString(biz.passback_params) ? biz.passback_params : params.passback_params;
  const trade: MockTrade = {
    out_trade_no: outTradeNo,
    trade_no: nextId(state, chinaTime(now).slice(0, 10).replaceAll('-', ''), 16),
    total_amount: amount,
    subject,
    trade_status: 'WAIT_BUYER_PAY',
    method: request.method,
    gmt_create: chinaTime(now),
    expires_at: expires,
    refunds: [],
    refund_fee: '0.00',
    sign_type: params.sign_type === 'RSA' ? 'RSA' : 'RSA2',
    charset: params.charset?.toLowerCase() === 'gbk' || params.charset?.toLowerCase() === 'gb2312' ? 'GBK' : 'utf-8',
    ...(notifyUrl && { notify_url: notifyUrl }),
    ...(params.return_url && { return_url: params.return_url }),
    ...(passback && { passback_params: passback }),
  };
  state.trades.set(outTradeNo, trade);
  return { trade };
}

/** The buyer pays: the trade is `TRADE_SUCCESS` from now on. */
export function markPaid(trade: MockTrade, buyer: { buyer_id: string; buyer_logon_id?: string }, now: Date): void {
  trade.trade_status = 'TRADE_SUCCESS';
  trade.buyer_id = buyer.buyer_id;
  if (buyer.buyer_logon_id !== undefined) trade.buyer_logon_id = buyer.buyer_logon_id;
  trade.gmt_payment = chinaTime(now);
  delete trade.confirms_at;
}

/** An unpaid trade closes (expired, closed, cancelled), or a paid one closes on its full refund. */
export function markClosed(trade: MockTrade, now: Date): void {
  trade.trade_status = 'TRADE_CLOSED';
  trade.gmt_close = chinaTime(now);
  delete trade.confirms_at;
}

/** What is left to refund, in fen. */
export const refundable = (trade: MockTrade): bigint => toFen(trade.total_amount)! - toFen(trade.refund_fee)!;
