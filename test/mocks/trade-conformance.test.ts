// The payment lifecycle through the official Node SDK (alipay-sdk, a devDependency used here only)
// against the mock's HTTP server: exec (v2) and curl (v3) with signature checking on, the QR code
// paid by a browser at the server, and the notifications the server POSTs to a real notify_url,
// verified by the official SDK's checkNotifySign and by our verifyNotify.
import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AlipaySdk } from 'alipay-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayClient } from '../../src/index.ts';
import { MOCK_AUTH_CODES } from '../../mocks/index.ts';
import { type MockServer, startMockServer } from '../../mocks/server.ts';
import { bare, testKeys } from '../support.ts';

const order = (out_trade_no: string, total_amount = '66.60') => ({ out_trade_no, total_amount, subject: '会员卡 "Gold"' });

let server: MockServer;
let sdk: AlipaySdk;
let v3: AlipaySdk;
let ours: AlipayClient;
let notifyUrl = '';
const received: Array<{ params: Record<string, string>; official: boolean; ours: boolean }> = [];
const merchant = createServer((req: IncomingMessage, res) => {
  void (async () => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const params = Object.fromEntries(new URLSearchParams(body));
    received.push({ params, official: sdk.checkNotifySign(params), ours: await ours.verifyNotify(body) });
    res.end('success');
  })();
});

beforeAll(async () => {
  const { app, alipay } = await testKeys();
  server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay });
  const config = { appId: server.gateway.appId, privateKey: bare(app.privateKey), keyType: 'PKCS8' as const, alipayPublicKey: bare(server.gateway.alipayPublicKey) };
  sdk = new AlipaySdk({ ...config, gateway: server.gatewayUrl });
  v3 = new AlipaySdk({ ...config, endpoint: server.gatewayUrl.replace('/gateway.do', '') });
  ours = new AlipayClient({ appId: server.gateway.appId, privateKey: app.privateKey, alipayPublicKey: server.gateway.alipayPublicKey, gateway: server.gatewayUrl });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/alipay/notify`;
});
afterAll(async () => {
  await server.close();
  merchant.closeAllConnections();
  await new Promise((resolve) => merchant.close(resolve));
});

/** The notifications the server delivered since the last call. */
async function delivered() {
  await server.gateway.notifications.settled();
  return received.splice(0);
}

const exec = (method: string, bizContent: Record<string, unknown>, extra: Record<string, unknown> = {}) => sdk.exec(method, { bizContent, ...extra }, { validateSign: true });

describe('exec (v2) with validateSign', () => {
  it('precreate → a browser scans and pays the QR code at the server → notified → query → refund → refund query', async () => {
    const pre = await exec('alipay.trade.precreate', order('SDK1'), { notifyUrl });
    expect(pre).toMatchObject({ code: '10000', outTradeNo: 'SDK1', qrCode: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/qr\/bax\d+$/) });
    expect(await exec('alipay.trade.query', { out_trade_no: 'SDK1' })).toMatchObject({ code: '40004', subCode: 'ACQ.TRADE_NOT_EXIST' });
    const page = await fetch(String(pre.qrCode));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect(await exec('alipay.trade.query', { out_trade_no: 'SDK1' })).toMatchObject({ code: '10000', tradeStatus: 'WAIT_BUYER_PAY' });
    const paid = await fetch(String(pre.qrCode), { method: 'POST', body: new URLSearchParams({ buyer_id: '2088102177846880' }) });
    expect(await paid.text()).toContain('TRADE_SUCCESS');
    expect(await delivered()).toMatchObject([{ official: true, ours: true, params: { trade_status: 'TRADE_SUCCESS', out_trade_no: 'SDK1', total_amount: '66.60' } }]);
    expect(await exec('alipay.trade.query', { out_trade_no: 'SDK1' })).toMatchObject({ code: '10000', tradeStatus: 'TRADE_SUCCESS', buyerUserId: '2088102177846880' });

    expect(await exec('alipay.trade.refund', { out_trade_no: 'SDK1', refund_amount: '6.66', out_request_no: 'R1' })).toMatchObject({ code: '10000', fundChange: 'Y', refundFee: '6.66' });
    expect(await exec('alipay.trade.refund', { out_trade_no: 'SDK1', refund_amount: '6.66', out_request_no: 'R1' })).toMatchObject({ code: '10000', fundChange: 'N', refundFee: '6.66' });
    expect(await exec('alipay.trade.refund', { out_trade_no: 'SDK1', refund_amount: '60.00', out_request_no: 'R2' })).toMatchObject({ code: '40004', subCode: 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL' });
    expect(await delivered()).toMatchObject([{ official: true, ours: true, params: { trade_status: 'TRADE_SUCCESS', refund_fee: '6.66', out_biz_no: 'R1' } }]);
    expect(await exec('alipay.trade.fastpay.refund.query', { out_trade_no: 'SDK1', out_request_no: 'R1' })).toMatchObject({ code: '10000', refundAmount: '6.66', refundStatus: 'REFUND_SUCCESS' });
  });

  it('create → close (only unpaid); barcode 10003 → cancel closes; paid → cancel refunds', async () => {
    expect(await exec('alipay.trade.create', order('SDK2'), { notifyUrl })).toMatchObject({ code: '10000', outTradeNo: 'SDK2', tradeNo: expect.any(String) });
    expect(await exec('alipay.trade.close', { out_trade_no: 'SDK2' })).toMatchObject({ code: '10000', outTradeNo: 'SDK2' });
    expect(await exec('alipay.trade.close', { out_trade_no: 'SDK2' })).toMatchObject({ code: '40004', subCode: 'ACQ.TRADE_STATUS_ERROR' });
    expect(await delivered()).toMatchObject([{ official: true, ours: true, params: { trade_status: 'TRADE_CLOSED', out_trade_no: 'SDK2' } }]);

    const waiting = await exec('alipay.trade.pay', { ...order('SDK3'), scene: 'bar_code', auth_code: MOCK_AUTH_CODES.buyerConfirms });
    expect(waiting).toMatchObject({ code: '10003', outTradeNo: 'SDK3', tradeNo: expect.any(String) });
    expect(await exec('alipay.trade.cancel', { out_trade_no: 'SDK3' })).toMatchObject({ code: '10000', action: 'close', retryFlag: 'N' });

    expect(await exec('alipay.trade.pay', { ...order('SDK4'), scene: 'bar_code', auth_code: MOCK_AUTH_CODES.paid })).toMatchObject({ code: '10000', totalAmount: '66.60', receiptAmount: '66.60' });
    expect(await exec('alipay.trade.cancel', { out_trade_no: 'SDK4' })).toMatchObject({ code: '10000', action: 'refund' });
    expect(await exec('alipay.trade.query', { out_trade_no: 'SDK4' })).toMatchObject({ code: '10000', tradeStatus: 'TRADE_CLOSED' });
    expect(await exec('alipay.trade.pay', { ...order('SDK5'), auth_code: MOCK_AUTH_CODES.balanceNotEnough })).toMatchObject({ code: '40004', subCode: 'ACQ.BUYER_BALANCE_NOT_ENOUGH' });
  });
});

describe('curl (v3), signature checked', () => {
  it('create → pay by trade_no → query → refund → refund query, on the description\'s verbs', async () => {
    const created = await v3.curl('POST', '/v3/alipay/trade/create', { body: { ...order('V3A', '0.10'), notify_url: notifyUrl } });
    expect(created.responseHttpStatus).toBe(200);
    expect(created.data).toMatchObject({ out_trade_no: 'V3A', trade_no: expect.any(String) });
    await server.gateway.pay(String(created.data.trade_no), { buyer_id: '2088102177846880' });
    expect(await delivered()).toMatchObject([{ official: true, ours: true, params: { trade_status: 'TRADE_SUCCESS', total_amount: '0.10' } }]);
    expect((await v3.curl('POST', '/v3/alipay/trade/query', { body: { out_trade_no: 'V3A' } })).data).toMatchObject({ trade_status: 'TRADE_SUCCESS', total_amount: '0.10' });
    for (const [i, part] of ['0.03', '0.07'].entries()) await v3.curl('POST', '/v3/alipay/trade/refund', { body: { out_trade_no: 'V3A', refund_amount: part, out_request_no: `p${i}` } });
    expect((await v3.curl('POST', '/v3/alipay/trade/query', { body: { out_trade_no: 'V3A' } })).data).toMatchObject({ trade_status: 'TRADE_CLOSED' });
    expect((await v3.curl('POST', '/v3/alipay/trade/fastpay/refund/query', { body: { out_trade_no: 'V3A', out_request_no: 'p1' } })).data).toMatchObject({ refund_amount: '0.07', refund_status: 'REFUND_SUCCESS' });
    expect((await delivered()).map((n) => [n.params.trade_status, n.params.refund_fee, n.official && n.ours])).toEqual([['TRADE_SUCCESS', '0.03', true], ['TRADE_CLOSED', '0.10', true]]);
    const waiting = await v3.curl('POST', '/v3/alipay/trade/pay', { body: { ...order('V3B'), scene: 'bar_code', auth_code: MOCK_AUTH_CODES.buyerNeverConfirms } });
    expect(waiting.responseHttpStatus).toBe(200);
    expect(waiting.data).toMatchObject({ out_trade_no: 'V3B', buyer_pay_amount: '0.00' });
    expect(waiting.data.gmt_payment).toBeUndefined();
  });

  it('business errors are HTTP 400 with the ACQ code; another verb than the description\'s is HTTP 405 invalid-method', async () => {
    await expect(v3.curl('POST', '/v3/alipay/trade/query', { body: { out_trade_no: 'NOPE' } })).rejects.toMatchObject({ code: 'ACQ.TRADE_NOT_EXIST', responseHttpStatus: 400 });
    await expect(v3.curl('POST', '/v3/alipay/trade/refund', { body: { out_trade_no: 'NOPE', refund_amount: '1.001' } })).rejects.toMatchObject({ code: 'ACQ.INVALID_PARAMETER', responseHttpStatus: 400 });
    await expect(v3.curl('GET', '/v3/alipay/trade/query', { query: { out_trade_no: 'NOPE' } })).rejects.toMatchObject({ code: 'invalid-method', responseHttpStatus: 405 });
    await expect(v3.curl('PUT', '/v3/alipay/trade/refund', { body: { out_trade_no: 'NOPE' } })).rejects.toMatchObject({ code: 'invalid-method', responseHttpStatus: 405 });
  });
});
