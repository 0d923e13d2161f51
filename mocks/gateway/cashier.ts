// The mock cashier: what Alipay does with the browser and app payments. A browser that opens a
// page-pay URL or submits its form sees the cashier (or the gateway's error page, with its code);
// `gateway.pay(…)` plays the buyer paying, from exactly what pageExecute or sdkExecute returned:
// it checks the signature, records the trade, and gives back the signed return_url redirect and
// the signed asynchronous notification (or POSTs it to notify_url itself).
import { AlipayApiError } from '../../src/index.ts';
import { type Charset, type SignType, buildSignContent, decodeForm, encodeForm, normaliseCharset } from '../../src/protocol.ts';
import { aesDecrypt } from '../../src/tools.ts';
import { SELLER_ID, acq, findTrade, markPaid, openTrade } from '../handlers/trade-common.ts';
import { qrCodeOf, scanQr } from './qr.ts';
import type { MockNode, TradeChange } from '../handlers/types.ts';
import type { MockState, MockTrade } from '../state.ts';
import type { MockNotification, NotificationAttempt } from './notifications.ts';
import { escapeHtml, type Accepted, type GatewayRequest, type Refusal } from './request.ts';

/** The payments a browser carries (page and wap) and the one the Alipay app carries. */
export const PAGE_METHODS: ReadonlySet<string> = new Set(['alipay.trade.page.pay', 'alipay.trade.wap.pay']);
export const PAY_METHODS: ReadonlySet<string> = new Set([...PAGE_METHODS, 'alipay.trade.app.pay']);

/**
 * The buyer who pays in {@link MockGatewayCore.pay}.
 *
 * @example
 * ```ts
 * await gateway.pay(url, { buyer_id: '2088102177846880', buyer_logon_id: 'buyer@example.com' });
 * ```
 */
export interface MockBuyer {
  buyer_id: string;
  buyer_logon_id?: string;
}

/**
 * Options of {@link MockGatewayCore.pay}.
 *
 * @example
 * ```ts
 * await gateway.pay(form, buyer, { deliver: true }); // POSTs the notification to notify_url
 * ```
 */
export interface PayOptions {
  /**
   * POST the notification to `notify_url` now, with `fetch` (default: the gateway's `notifyFetch`,
   * else the global fetch), and report its answer. Without it, the gateway delivers the
   * notification itself when it has a `notifyFetch`, and keeps it in `gateway.notifications`.
   */
  deliver?: boolean;
  fetch?: typeof fetch;
}

/**
 * What paying gave: the trade, where the browser is sent back to (page and wap payments with a
 * `return_url`), the notification Alipay POSTs to `notify_url` (when the trade has one), and its
 * delivery when asked.
 *
 * @example
 * ```ts
 * const { trade, returnUrl, notification } = await gateway.pay(url, buyer);
 * await fetch(notification!.url, { method: 'POST', body: notification!.body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
 * ```
 */
export interface PaymentResult {
  trade: MockTrade;
  returnUrl?: string;
  notification?: MockNotification;
  delivered?: { status: number; text: string };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references a browser decodes in an attribute value. */
function decodeAttribute(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/** The parameters a browser or the app would send for a URL, an HTML form, or an order string. */
export function readCarried(carried: string): GatewayRequest {
  let raw: string;
  const form = /<form\b[^>]*\baction="([^"]*)"/i.exec(carried);
  if (form) {
    const action = decodeAttribute(form[1]!);
    const inputs = [...carried.matchAll(/<input\b[^>]*\bname="([^"]*)"[^>]*\bvalue="([^"]*)"/gi)].map(([, name, value]) => [decodeAttribute(name!), decodeAttribute(value!)] as [string, string]);
    raw = `${action.slice(action.indexOf('?') + 1)}&${new URLSearchParams(inputs)}`;
  } else raw = /^https?:/i.test(carried.trim()) ? carried.trim().slice(carried.indexOf('?') + 1) : carried.trim();
  let charset: Charset = 'utf-8';
  try {
    charset = normaliseCharset(decodeForm(raw, 'utf-8').find(([key]) => key === 'charset')?.[1]);
  } catch {
    // the signature check answers an unknown charset
  }
  const params: Record<string, string> = {};
  for (const [key, value] of decodeForm(raw, charset)) params[key] = value;
  return { params, charset, files: new Map() };
}

/** The cashier's HTML: the payment page, or the gateway's error page with its code. */
export function cashierPage(title: string, lines: string[]): Response {
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</body></html>`;
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** The error page of a refused payment request, as the real cashier shows one. */
export const errorPage = (node: MockNode) => cashierPage('支付宝 - 出错了', [`错误代码：${String(node.sub_code ?? node.code)}`, String(node.sub_msg ?? node.msg ?? '')]);

/** What the cashier needs of the gateway core. */
export interface CashierGateway {
  appId: string;
  state: MockState;
  now(): Date;
  aesKey: CryptoKey | undefined;
  /** The gateway's common checks (signature included). */
  check(request: GatewayRequest): Promise<Refusal | Accepted>;
  sign(content: string, signType: SignType, charset: Charset): Promise<string>;
  /** Does what fell due on the clock (expiries, confirmations) before a payment. */
  sweep(): void;
  /** Signs the notification of a trade's change; delivered by the gateway unless `deliverWith` is false. */
  notify(trade: MockTrade, change: TradeChange, deliverWith?: false): Promise<MockNotification | undefined>;
  /** Delivers a notification now (and keeps `fetch` for its retries). */
  attempt(notification: MockNotification, fetch: typeof globalThis.fetch): Promise<NotificationAttempt>;
  /** The gateway's `notifyFetch`. */
  notifyFetch: typeof fetch | undefined;
}

/** The payment's biz_content, decrypted if it was encrypted. */
async function bizOf(gateway: CashierGateway, { params, charset }: GatewayRequest): Promise<Record<string, unknown>> {
  let text = params.biz_content ?? '{}';
  if (params.encrypt_type === 'AES') {
    if (!gateway.aesKey) throw refusal(params.method, { code: '40003', msg: 'Insufficient Conditions', sub_code: 'isv.decryption-error-not-valid-encrypt-key', sub_msg: '解密出错，未配置AES密钥' });
    text = await aesDecrypt(text, gateway.aesKey, charset);
  }
  const biz: unknown = JSON.parse(text);
  return typeof biz === 'object' && biz !== null ? (biz as Record<string, unknown>) : {};
}

/**
 * A refusal of the cashier as the error the caller of `gateway.pay` gets.
 *
 * @example
 * ```ts
 * throw refusal('alipay.trade.page.pay', acq('TRADE_HAS_CLOSE'));
 * ```
 */
export const refusal = (method: string | undefined, node: MockNode) =>
  new AlipayApiError({ code: String(node.code), msg: String(node.msg), subCode: String(node.sub_code), subMsg: String(node.sub_msg), method: method ?? '(no method)', verified: true, response: node });

/** The trade a payment request opens (or the one it opened before), with the trade APIs' rules. */
function openCarried(gateway: CashierGateway, { params, charset }: GatewayRequest, biz: Record<string, unknown>) {
  return openTrade(gateway.state, { method: params.method!, params: { ...params, charset }, biz, now: gateway.now() });
}

/** A browser opening a page-pay URL or submitting its form: the cashier page, or the error page. */
export async function visitCashier(gateway: CashierGateway, request: GatewayRequest): Promise<Response> {
  const checked = await gateway.check(request);
  if ('node' in checked) return errorPage(checked.node);
  try {
    const opened = openCarried(gateway, request, await bizOf(gateway, request));
    if ('refused' in opened) return errorPage(opened.refused);
    const { trade } = opened;
    return cashierPage('支付宝 - 收银台 (mock)', [`订单号：${trade.out_trade_no}`, `金额：${trade.total_amount} 元`, `商品：${trade.subject}`, 'signature verified']);
  } catch (err) {
    return errorPage(err instanceof AlipayApiError ? err.response : { code: '40002', sub_code: 'isv.invalid-biz-content', sub_msg: 'biz_content格式错误' });
  }
}

/** Signs parameters the way Alipay signs what it sends back (rule v1: without sign and sign_type). */
async function signed(gateway: CashierGateway, params: Record<string, string>, signType: SignType, charset: Charset): Promise<Record<string, string>> {
  return { ...params, sign: await gateway.sign(buildSignContent(params, { exclude: ['sign_type'] }), signType, charset) };
}

/** The buyer pays an open trade: its notification, delivered now when asked. */
export async function settle(gateway: CashierGateway, trade: MockTrade, buyer: MockBuyer, options: PayOptions): Promise<PaymentResult> {
  markPaid(trade, buyer, gateway.now());
  const result: PaymentResult = { trade };
  const notification = await gateway.notify(trade, { kind: 'paid' }, options.deliver ? false : undefined);
  if (notification) result.notification = notification;
  if (notification && options.deliver) {
    const attempt = await gateway.attempt(notification, options.fetch ?? gateway.notifyFetch ?? ((input, init) => globalThis.fetch(input, init)));
    if (attempt.error !== undefined) throw new TypeError(`The notification to ${notification.url} could not be delivered: ${attempt.error}`);
    result.delivered = { status: attempt.status!, text: attempt.text! };
  }
  return result;
}

/** The trade a mini-program pays: the `trade_no` alipay.trade.create gave (what `my.tradePay` carries). */
function createdTrade(gateway: CashierGateway, tradeNo: string): MockTrade {
  const trade = findTrade(gateway.state, { trade_no: tradeNo });
  if (!trade) throw refusal('alipay.trade.create', acq('TRADE_NOT_EXIST'));
  if (trade.trade_status === 'TRADE_CLOSED') throw refusal(trade.method, acq('TRADE_HAS_CLOSE'));
  if (trade.trade_status !== 'WAIT_BUYER_PAY') throw refusal(trade.method, acq('TRADE_HAS_SUCCESS'));
  return trade;
}

/** The buyer pays: see {@link MockGatewayCore.pay}. */
export async function payCarried(gateway: CashierGateway, carried: string, buyer: MockBuyer, options: PayOptions = {}): Promise<PaymentResult> {
  gateway.sweep();
  const qr = qrCodeOf(carried.trim());
  if (qr !== undefined) {
    const scanned = scanQr(gateway.state, qr);
    if ('refused' in scanned) throw refusal('alipay.trade.precreate', scanned.refused);
    return settle(gateway, scanned.trade, buyer, options);
  }
  if (/^\d{16,64}$/.test(carried.trim())) return settle(gateway, createdTrade(gateway, carried.trim()), buyer, options);
  const request = readCarried(carried);
  const { params, charset } = request;
  const checked = await gateway.check(request);
  if ('node' in checked) throw refusal(params.method, checked.node);
  if (!PAY_METHODS.has(checked.method)) throw refusal(checked.method, { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: `${checked.method} 不是支付接口` });
  const opened = openCarried(gateway, request, await bizOf(gateway, request));
  if ('refused' in opened) throw refusal(checked.method, opened.refused);
  const { trade } = opened;
  const result = await settle(gateway, trade, buyer, options);
  if (PAGE_METHODS.has(checked.method) && trade.return_url) {
    const back = await signed(
      gateway,
      { app_id: gateway.appId, auth_app_id: gateway.appId, charset, version: '1.0', sign_type: checked.signType, seller_id: SELLER_ID, out_trade_no: trade.out_trade_no, trade_no: trade.trade_no, total_amount: trade.total_amount, method: `${checked.method}.return`, timestamp: trade.gmt_payment! },
      checked.signType,
      charset,
    );
    const url = new URL(trade.return_url);
    url.search = `${url.search.slice(1)}${url.search.length > 1 ? '&' : ''}${encodeForm(back, charset)}`;
    result.returnUrl = url.toString();
  }
  return result;
}
