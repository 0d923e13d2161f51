// Browser and app payments: pageExecute's URL and form, sdkExecute's order string, what is refused
// before signing, and the checkout end to end through the mock cashier: pay, return page, notify
// handler, trade query — offline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayClient, GATEWAY_URL } from '../../src/index.ts';
import { buildSignContent, decodeForm, importPublicKey, verifyContent } from '../../src/protocol.ts';
import { certSnFromPem } from '../../src/cert.ts';
import { AES_KEY, certSetup, mockSetup, rejectionOf, testKeys } from '../support.ts';

const order = { out_trade_no: '20240513000001', total_amount: '88.88', subject: '会员卡 "Gold" it\'s <b>&amp; ~!*()', product_code: 'FAST_INSTANT_TRADE_PAY' };
const returnUrl = 'https://shop.example.com/paid';
const notifyUrl = 'https://shop.example.com/alipay/notify';

afterEach(() => vi.useRealTimers());

/** The parameters a browser submits for a URL or one of our forms (attributes decoded as a browser does). */
function carried(output: string): Record<string, string> {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
  const action = /action="([^"]*)"/.exec(output);
  const raw = action
    ? `${decode(action[1]!).split('?')[1]}&${new URLSearchParams([...output.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map(([, n, v]) => [decode(n!), decode(v!)]))}`
    : output.slice(output.indexOf('?') + 1);
  return Object.fromEntries(decodeForm(raw.replaceAll('%20', '+'), 'utf-8'));
}

async function verifiesWithAppKey(params: Record<string, string>, signType: 'RSA2' | 'RSA' = 'RSA2') {
  const { app } = await testKeys();
  return verifyContent(buildSignContent(params), params.sign!, await importPublicKey(app.publicKey, signType));
}

describe('pageExecute', () => {
  it('POST (default): a self-submitting form, every value escaped, the common parameters and sign in the action URL', async () => {
    const { client } = await mockSetup();
    const form = await client.pageExecute('alipay.trade.page.pay', order, { returnUrl, notifyUrl, params: { passback_params: `a&b="c" <d> 'e'` } });
    expect(form).toMatch(/^<form id="alipay_edge_pay" name="alipay_edge_pay" action="https:\/\/openapi\.alipay\.com\/gateway\.do\?app_id=/);
    expect(form).toContain('<noscript><button type="submit">');
    // HTMLFormElement's own submit, which no input can hide (was form.submit(), issue 23 item 5).
    expect(form).toContain('<script>HTMLFormElement.prototype.submit.call(document.getElementById("alipay_edge_pay"));</script>');
    expect(form).not.toMatch(/value="[^"]*[<>'][^"]*"/);
    const params = carried(form);
    expect(params).toMatchObject({ method: 'alipay.trade.page.pay', return_url: returnUrl, notify_url: notifyUrl, passback_params: `a&b="c" <d> 'e'`, sign_type: 'RSA2', charset: 'utf-8', version: '1.0' });
    expect(params.format).toBeUndefined();
    expect(JSON.parse(params.biz_content!)).toEqual(order);
    expect(await verifiesWithAppKey(params)).toBe(true);
  });

  it('GET: the gateway URL with every parameter in its query; China time whatever the host\'s zone', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2024, 4, 13, 9, 49, 20));
    const { client } = await mockSetup();
    const url = await client.pageExecute('alipay.trade.wap.pay', { ...order, product_code: 'QUICK_WAP_WAY' }, { httpMethod: 'GET', returnUrl });
    expect(url.startsWith(`${GATEWAY_URL}?`)).toBe(true);
    const params = carried(url);
    expect(params.timestamp).toBe('2024-05-13 17:49:20');
    expect(await verifiesWithAppKey(params)).toBe(true);
  });

  it('refuses before signing: a missing field, an amount that is not yuan with two decimals, a non-string parameter, a line break in a form field, a bad httpMethod', async () => {
    const { client } = await mockSetup();
    const { product_code: _p, ...noProduct } = order;
    for (const [biz, options, path] of [
      [noProduct, {}, 'product_code'],
      [{ ...order, total_amount: '88.888' }, {}, 'total_amount'],
      [{ ...order, total_amount: 88.88 }, {}, 'total_amount'],
      [order, { params: { count: 5 } }, 'count'],
      [order, { params: { note: 'line1\nline2' } }, 'note'],
      [order, { httpMethod: 'PUT' }, 'httpMethod'],
    ] as const) {
      expect(await rejectionOf(() => client.pageExecute('alipay.trade.page.pay', biz as never, options as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path });
    }
    // The same line break is fine in a GET URL (percent-encoded, it arrives as it was signed).
    const url = await client.pageExecute('alipay.trade.page.pay', order, { httpMethod: 'GET', params: { note: 'line1\nline2' } });
    expect(carried(url).note).toBe('line1\nline2');
  });

  it('names as given; any other method passes through unchecked; certificate SNs and AES as execute signs them', async () => {
    const { client } = await mockSetup({}, { encryptKey: AES_KEY });
    const generic = carried(await client.pageExecute('alipay.user.agreement.page.sign', { key_1: 'a', HTTPUrl: 'b' }, { httpMethod: 'GET' }));
    expect(JSON.parse(generic.biz_content!)).toEqual({ key_1: 'a', HTTPUrl: 'b' });
    const encrypted = carried(await client.pageExecute('alipay.trade.page.pay', order, { httpMethod: 'GET', needEncrypt: true }));
    expect(encrypted.encrypt_type).toBe('AES');
    expect(encrypted.biz_content).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await verifiesWithAppKey(encrypted)).toBe(true);
    const { client: certClient, appCert, ca } = await certSetup();
    const cert = carried(await certClient.pageExecute('alipay.trade.page.pay', order, { httpMethod: 'GET' }));
    expect(cert).toMatchObject({ app_cert_sn: certSnFromPem(appCert), alipay_root_cert_sn: ca.rootCertSn });
  });

  it('GBK: the form announces GBK and the URL carries GBK bytes, signed over GBK bytes', async () => {
    const { client } = await mockSetup({}, { charset: 'GBK' });
    const form = await client.pageExecute('alipay.trade.page.pay', { ...order, subject: '会员卡' });
    expect(form).toContain('accept-charset="GBK"');
    expect(form).toContain('charset=GBK');
    const url = await client.pageExecute('alipay.trade.page.pay', { ...order, subject: '会员卡' }, { httpMethod: 'GET' });
    expect(url).toContain('%BB%E1%D4%B1%BF%A8'); // 会员卡 in GBK
    const params = Object.fromEntries(decodeForm(url.slice(url.indexOf('?') + 1), 'GBK'));
    const { app } = await testKeys();
    expect(await verifyContent(buildSignContent(params), params.sign!, await importPublicKey(app.publicKey), 'GBK')).toBe(true);
  });
});

describe('sdkExecute', () => {
  it('the order string: key=value pairs percent-encoded (space as %20), sign last, signed like execute', async () => {
    const { client } = await mockSetup();
    const orderString = await client.sdkExecute('alipay.trade.app.pay', { out_trade_no: 'A1', total_amount: '9.00', subject: '会员 a+b' }, { notifyUrl });
    expect(orderString).toMatch(/^app_id=2014072300007148&method=alipay\.trade\.app\.pay&/);
    expect(orderString).toMatch(/&sign=[^&]+$/);
    expect(orderString).not.toContain('+');
    const params = Object.fromEntries(orderString.split('&').map((pair) => [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1))]));
    expect(JSON.parse(params.biz_content!).subject).toBe('会员 a+b');
    expect(await verifiesWithAppKey(params)).toBe(true);
    expect(await rejectionOf(() => client.sdkExecute('alipay.trade.app.pay', { out_trade_no: 'A1', total_amount: '9' } as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'subject' });
  });
});

describe('checkout → pay → return page → notify handler → trade query, against the mock cashier', () => {
  it('end to end, offline, with what a production-configured client returns', async () => {
    const { gateway, keys } = await mockSetup();
    // The merchant's production configuration: the real gateway URL; the mock pays it all the same.
    const production = new AlipayClient({ appId: gateway.appId, privateKey: keys.app.privateKey, alipayPublicKey: gateway.alipayPublicKey, fetch: gateway.fetch });
    expect(production.gateway).toBe(GATEWAY_URL);
    const form = await production.pageExecute('alipay.trade.page.pay', order, { returnUrl, notifyUrl });
    // The merchant's notify handler, as a Worker would have it.
    const handled: boolean[] = [];
    const notifyHandler = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const ok = await production.verifyNotify(await request.text());
      handled.push(ok);
      return new Response(ok ? 'success' : 'failure');
    };
    const paid = await gateway.pay(form, { buyer_id: '2088102177846880', buyer_logon_id: 'buyer@example.com' }, { deliver: true, fetch: notifyHandler });
    expect(paid.trade).toMatchObject({ out_trade_no: order.out_trade_no, trade_status: 'TRADE_SUCCESS', buyer_id: '2088102177846880' });
    expect(paid.delivered).toEqual({ status: 200, text: 'success' });
    expect(handled).toEqual([true]);
    expect(paid.notification!.params).toMatchObject({ trade_status: 'TRADE_SUCCESS', out_trade_no: order.out_trade_no, total_amount: '88.88', notify_type: 'trade_status_sync' });
    // The return page: the browser comes back with a signed query.
    const back = new URL(paid.returnUrl!);
    expect(`${back.origin}${back.pathname}`).toBe(returnUrl);
    expect(await production.verifyNotify(back.search)).toBe(true);
    expect(back.searchParams.get('method')).toBe('alipay.trade.page.pay.return');
    // The server confirms with trade.query.
    const query = await production.execute('alipay.trade.query', { out_trade_no: order.out_trade_no });
    expect(query).toMatchObject({ trade_status: 'TRADE_SUCCESS', total_amount: '88.88', buyer_user_id: '2088102177846880' });
    // Paid once: paying again is refused.
    expect(await rejectionOf(() => gateway.pay(form, { buyer_id: 'x' }))).toMatchObject({ subCode: 'ACQ.TRADE_HAS_SUCCESS' });
  });

  it('a URL or form altered after signing is not paid; the app\'s order string pays too', async () => {
    const { gateway, client } = await mockSetup();
    const url = await client.pageExecute('alipay.trade.page.pay', { ...order, out_trade_no: 'ALTERED1' }, { httpMethod: 'GET' });
    expect(await rejectionOf(() => gateway.pay(url.replace('88.88', '0.01'), { buyer_id: 'x' }))).toMatchObject({ subCode: 'isv.invalid-signature' });
    const form = await client.pageExecute('alipay.trade.page.pay', { ...order, out_trade_no: 'ALTERED2' });
    expect(await rejectionOf(() => gateway.pay(form.replace('88.88', '0.01'), { buyer_id: 'x' }))).toMatchObject({ subCode: 'isv.invalid-signature' });
    expect(gateway.state.trades.has('ALTERED1')).toBe(false);
    const orderString = await client.sdkExecute('alipay.trade.app.pay', { out_trade_no: 'APP1', total_amount: '9.00', subject: 'app' }, { notifyUrl });
    const paid = await gateway.pay(orderString, { buyer_id: '2088' });
    expect(await client.verifyNotify(paid.notification!.body)).toBe(true);
    expect(paid.returnUrl).toBeUndefined();
  });

  it('a browser opening the URL sees the cashier, or the error page with the gateway\'s code', async () => {
    const { gateway, client } = await mockSetup();
    const url = await client.pageExecute('alipay.trade.page.pay', { ...order, out_trade_no: 'VISIT1' }, { httpMethod: 'GET' });
    const page = await (await gateway.fetch(url)).text();
    expect(page).toContain('signature verified');
    expect(gateway.state.trades.get('VISIT1')?.trade_status).toBe('WAIT_BUYER_PAY');
    const error = await (await gateway.fetch(url.replace('VISIT1', 'VISIT2'))).text();
    expect(error).toContain('错误代码：isv.invalid-signature');
    expect(await client.execute('alipay.trade.query', { out_trade_no: 'VISIT1' })).toMatchObject({ trade_status: 'WAIT_BUYER_PAY' });
    expect(await rejectionOf(() => client.execute('alipay.trade.query', { out_trade_no: 'NOPE' }))).toMatchObject({ subCode: 'ACQ.TRADE_NOT_EXIST' });
  });
});
