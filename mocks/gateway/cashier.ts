// The mock cashier: what Alipay does with the browser and app payments. A browser that opens a
// page-pay URL or submits its form sees the cashier (or the gateway's error page, with its code);
// `gateway.pay(…)` plays the buyer paying, from exactly what pageExecute or sdkExecute returned:
// it checks the signature, records the trade, and gives back the signed return_url redirect and
// the signed asynchronous notification (or POSTs it to notify_url itself).
import { AlipayApiError } from '../../src/index.ts';
import { type Charset, type SignType, buildSignContent, decodeForm, encodeForm, normaliseCharset } from '../../src/protocol.ts';
import { aesDecrypt } from '../../src/tools.ts';
import type { MockNode } from '../handlers/types.ts';
import { type MockState, type MockTrade, chinaTime, nextId } from '../state.ts';
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
  /** POST the notification to `notify_url` (with `fetch`, default the global one) and report its answer. */
  deliver?: boolean;
  fetch?: typeof fetch;
}

/**
 * What paying gave: the trade, where the browser is sent back to (page and wap payments with a
 * `return_url`), the notification Alipay POSTs to `notify_url`, and its delivery when asked.
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
  notification?: { url: string; body: string; params: Record<string, string> };
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
  certSn: string | undefined;
  /** The gateway's common checks (signature included). */
  check(request: GatewayRequest): Promise<Refusal | Accepted>;
  sign(content: string, signType: SignType, charset: Charset): Promise<string>;
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

const refusal = (method: string | undefined, node: MockNode) =>
  new AlipayApiError({ code: String(node.code), msg: String(node.msg), subCode: String(node.sub_code), subMsg: String(node.sub_msg), method: method ?? '(no method)', verified: true, response: node });

/** The trade a payment request opens (or the one it opened before). */
function openTrade(gateway: CashierGateway, params: Record<string, string>, biz: Record<string, unknown>): { trade: MockTrade } | { refused: MockNode } {
  const { out_trade_no: outTradeNo, total_amount: amount, subject } = biz;
  if (typeof outTradeNo !== 'string' || typeof amount !== 'string' || typeof subject !== 'string') {
    return { refused: { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.missing-required-arguments', sub_msg: 'out_trade_no, total_amount and subject are required' } };
  }
  const existing = gateway.state.trades.get(outTradeNo);
  if (existing?.trade_status === 'TRADE_SUCCESS') return { refused: { code: '40004', msg: 'Business Failed', sub_code: 'ACQ.TRADE_HAS_SUCCESS', sub_msg: '交易已被支付' } };
  const trade: MockTrade = existing ?? {
    out_trade_no: outTradeNo,
    trade_no: nextId(gateway.state, chinaTime(gateway.now()).slice(0, 10).replaceAll('-', ''), 16),
    total_amount: amount,
    subject,
    trade_status: 'WAIT_BUYER_PAY',
    method: params.method!,
    gmt_create: chinaTime(gateway.now()),
  };
  if (params.notify_url) trade.notify_url = params.notify_url;
  if (params.return_url) trade.return_url = params.return_url;
  gateway.state.trades.set(outTradeNo, trade);
  return { trade };
}

/** A browser opening a page-pay URL or submitting its form: the cashier page, or the error page. */
export async function visitCashier(gateway: CashierGateway, request: GatewayRequest): Promise<Response> {
  const checked = await gateway.check(request);
  if ('node' in checked) return errorPage(checked.node);
  try {
    const opened = openTrade(gateway, request.params, await bizOf(gateway, request));
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

/** The buyer pays: see {@link MockGatewayCore.pay}. */
export async function payCarried(gateway: CashierGateway, carried: string, buyer: MockBuyer, options: PayOptions = {}): Promise<PaymentResult> {
  const request = readCarried(carried);
  const { params, charset } = request;
  const checked = await gateway.check(request);
  if ('node' in checked) throw refusal(params.method, checked.node);
  if (!PAY_METHODS.has(checked.method)) throw refusal(checked.method, { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: `${checked.method} 不是支付接口` });
  const opened = openTrade(gateway, params, await bizOf(gateway, request));
  if ('refused' in opened) throw refusal(checked.method, opened.refused);
  const { trade } = opened;
  const now = chinaTime(gateway.now());
  Object.assign(trade, { trade_status: 'TRADE_SUCCESS', buyer_id: buyer.buyer_id, gmt_payment: now, ...(buyer.buyer_logon_id && { buyer_logon_id: buyer.buyer_logon_id }) });
  const common = { app_id: gateway.appId, auth_app_id: gateway.appId, charset, version: '1.0', sign_type: checked.signType, seller_id: '2088000000000001', out_trade_no: trade.out_trade_no, trade_no: trade.trade_no, total_amount: trade.total_amount };
  const result: PaymentResult = { trade };
  if (PAGE_METHODS.has(checked.method) && trade.return_url) {
    const back = await signed(gateway, { ...common, method: `${checked.method}.return`, timestamp: now }, checked.signType, charset);
    const url = new URL(trade.return_url);
    url.search = `${url.search.slice(1)}${url.search.length > 1 ? '&' : ''}${encodeForm(back, charset)}`;
    result.returnUrl = url.toString();
  }
  if (trade.notify_url) {
    const notification = await signed(
      gateway,
      {
        ...common,
        notify_time: now,
        notify_type: 'trade_status_sync',
        notify_id: nextId(gateway.state, 'n', 30),
        trade_status: 'TRADE_SUCCESS',
        subject: trade.subject,
        buyer_id: buyer.buyer_id,
        ...(buyer.buyer_logon_id && { buyer_logon_id: buyer.buyer_logon_id }),
        receipt_amount: trade.total_amount,
        invoice_amount: trade.total_amount,
        buyer_pay_amount: trade.total_amount,
        point_amount: '0.00',
        gmt_create: trade.gmt_create,
        gmt_payment: now,
        fund_bill_list: JSON.stringify([{ amount: trade.total_amount, fundChannel: 'ALIPAYACCOUNT' }]),
        ...(gateway.certSn && { alipay_cert_sn: gateway.certSn }),
      },
      checked.signType,
      charset,
    );
    result.notification = { url: trade.notify_url, body: encodeForm(notification, charset), params: notification };
    if (options.deliver) {
      const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
      const response = await fetchImpl(trade.notify_url, { method: 'POST', body: result.notification.body, headers: { 'content-type': `application/x-www-form-urlencoded; charset=${charset}` } });
      result.delivered = { status: response.status, text: await response.text() };
    }
  }
  return result;
}
