// Time that tests control: trades expire on the mock gateway's clock (timeout_express, time_expire,
// a QR code's lifetime, the defaults), a closed trade cannot be paid, and notifications are
// retried on the clock until the merchant answers `success`. Nothing here waits in real time.
import { describe, expect, it, vi } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { parseChinaTime } from '../../mocks/index.ts';
import { NOTIFY_URL, certSetup, mockSetup, rejectionOf, thrownBy, tradeOrder, tradeSetup } from '../support.ts';

const buyer = { buyer_id: '2088102177846880' };
const notifyUrl = NOTIFY_URL;
const T0 = '2024-05-13 10:00:00'; // China time

describe('the clock', () => {
  it('follows the real clock until set; set takes a Date, epoch ms, ISO text or China time; advance takes ms or durations', async () => {
    const { gateway } = await mockSetup();
    const before = Date.now();
    const now = gateway.clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(gateway.clock.advance('1h').getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(gateway.clock.set(T0).toISOString()).toBe('2024-05-13T02:00:00.000Z');
    expect(gateway.clock.now().toISOString()).toBe('2024-05-13T02:00:00.000Z'); // fixed from now on
    expect(gateway.clock.set('2024-05-13T02:00:00Z').getTime()).toBe(Date.UTC(2024, 4, 13, 2));
    expect(gateway.clock.set(Date.UTC(2024, 0, 1)).getTime()).toBe(Date.UTC(2024, 0, 1));
    expect(gateway.clock.set(new Date(Date.UTC(2024, 0, 1))).getTime()).toBe(Date.UTC(2024, 0, 1));
    const steps: Array<[number | string, number]> = [['500ms', 500], ['30s', 30_000], ['31m', 31 * 60_000], ['2h', 7_200_000], ['1d', 86_400_000], [250, 250], [0, 0]];
    for (const [by, ms] of steps) {
      const from = gateway.clock.now().getTime();
      expect(gateway.clock.advance(by).getTime() - from, String(by)).toBe(ms);
    }
    for (const bad of ['1x', '1.5h', '-1m', '', ' 1m', -1, Number.NaN, Infinity, null, {}]) {
      expect(thrownBy(() => gateway.clock.advance(bad as never)), String(bad)).toMatchObject({ code: 'ERR_CONFIG' });
    }
    for (const bad of ['2024-02-30 10:00:00', '2024-05-13 24:00:00', '13/05/2024', 'tomorrow', Number.NaN, undefined, {}]) {
      expect(thrownBy(() => gateway.clock.set(bad as never)), String(bad)).toBeInstanceOf(AlipayError);
    }
    expect(parseChinaTime('2024-05-13 17:49:20')).toBe(Date.UTC(2024, 4, 13, 9, 49, 20));
    expect(parseChinaTime('2024-02-29 00:00:00')).toBe(Date.UTC(2024, 1, 28, 16));
    expect(parseChinaTime('2023-02-29 00:00:00')).toBeUndefined();
  });

  it('v3 keeps working when the clock is days ahead: signed timestamps follow real time, the business clock does not', async () => {
    const { gateway, call } = await tradeSetup('v3');
    gateway.clock.advance('30d');
    expect(await call('alipay.trade.create', tradeOrder('V3LATER'))).toMatchObject({ out_trade_no: 'V3LATER' });
    expect(gateway.state.trades.get('V3LATER')!.gmt_create.slice(0, 10)).toBe(new Date(Date.now() + 30 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10));
  });
});

describe('trades expire on the clock', () => {
  it.each([
    ['timeout_express 90m', { timeout_express: '90m' }, 90 * 60_000, '2024-05-13 11:30:00'],
    ['timeout_express 1h', { timeout_express: '1h' }, 3_600_000, '2024-05-13 11:00:00'],
    ['timeout_express 1d', { timeout_express: '1d' }, 86_400_000, '2024-05-14 10:00:00'],
    ['timeout_express 1c: midnight, China time', { timeout_express: '1c' }, 14 * 3_600_000, '2024-05-14 00:00:00'],
    ['time_expire (China time), over timeout_express', { time_expire: '2024-05-13 10:05:00', timeout_express: '1d' }, 5 * 60_000, '2024-05-13 10:05:00'],
    ['the default: 15 days', {}, 15 * 86_400_000, '2024-05-28 10:00:00'],
  ])('%s', async (_name, extra, lifetime, closedAt) => {
    const { gateway, call, refused, notified } = await tradeSetup('json');
    gateway.clock.set(T0);
    const { trade_no } = await call('alipay.trade.create', tradeOrder('EXP1', '10.00', extra), { notifyUrl });
    gateway.clock.advance(lifetime - 1);
    expect(await call('alipay.trade.query', { out_trade_no: 'EXP1' })).toMatchObject({ trade_status: 'WAIT_BUYER_PAY' });
    expect(await notified()).toEqual([]);
    gateway.clock.advance(1);
    // Closed on the clock's move, notified, before any request.
    expect(await notified()).toMatchObject([{ verified: 'true', trade_status: 'TRADE_CLOSED', out_trade_no: 'EXP1', gmt_close: closedAt }]);
    expect(await call('alipay.trade.query', { out_trade_no: 'EXP1' })).toMatchObject({ trade_status: 'TRADE_CLOSED' });
    expect(await rejectionOf(() => gateway.pay(String(trade_no), buyer))).toMatchObject({ subCode: 'ACQ.TRADE_HAS_CLOSE' });
    expect(await refused('alipay.trade.close', { out_trade_no: 'EXP1' })).toBe('ACQ.TRADE_STATUS_ERROR');
    expect(await refused('alipay.trade.pay', { ...tradeOrder('EXP1', '10.00'), auth_code: '280000000000000000' })).toBe('ACQ.TRADE_HAS_CLOSE');
  });

  it('a page payment opened at the cashier expires too: the buyer cannot pay it any more', async () => {
    const { gateway, client, notified } = await tradeSetup('json');
    gateway.clock.set(T0);
    const biz = { ...tradeOrder('PAGE1'), product_code: 'FAST_INSTANT_TRADE_PAY', timeout_express: '30m' }; // a field the page payment's type does not list
    const url = await client.pageExecute('alipay.trade.page.pay', biz, { httpMethod: 'GET', notifyUrl });
    expect(await (await gateway.fetch(url)).text()).toContain('signature verified');
    gateway.clock.advance('31m');
    expect(await notified()).toMatchObject([{ trade_status: 'TRADE_CLOSED', out_trade_no: 'PAGE1', verified: 'true' }]);
    expect(await (await gateway.fetch(url)).text()).toContain('ACQ.TRADE_HAS_CLOSE');
    expect(await rejectionOf(() => gateway.pay(url, buyer))).toMatchObject({ subCode: 'ACQ.TRADE_HAS_CLOSE' });
  });

  it('a QR code lives 2 hours (or its qr_code_timeout_express); one nobody scanned closes without a notification', async () => {
    const { gateway, call, notified } = await tradeSetup('json');
    gateway.clock.set(T0);
    const unscanned = await call('alipay.trade.precreate', tradeOrder('QRX1'), { notifyUrl });
    const short = await call('alipay.trade.precreate', tradeOrder('QRX2', '1.00', { qr_code_timeout_express: '10m' }), { notifyUrl });
    await gateway.fetch(String(short.qr_code)); // scanned
    gateway.clock.advance('10m');
    expect(await notified()).toMatchObject([{ out_trade_no: 'QRX2', trade_status: 'TRADE_CLOSED' }]);
    expect(gateway.state.trades.get('QRX1')).toMatchObject({ trade_status: 'WAIT_BUYER_PAY', scanned: false });
    gateway.clock.advance('110m');
    expect(await notified()).toEqual([]);
    expect(await (await gateway.fetch(String(unscanned.qr_code))).text()).toContain('ACQ.TRADE_HAS_CLOSE');
    expect(await rejectionOf(() => gateway.pay(String(unscanned.qr_code), buyer))).toMatchObject({ subCode: 'ACQ.TRADE_HAS_CLOSE' });
  });

  it('a paid trade does not expire', async () => {
    const { gateway, call, notified } = await tradeSetup('json');
    const { trade_no } = await call('alipay.trade.create', tradeOrder('PAID1', '1.00', { timeout_express: '1m' }), { notifyUrl });
    await gateway.pay(String(trade_no), buyer);
    gateway.clock.advance('1h');
    expect(await call('alipay.trade.query', { out_trade_no: 'PAID1' })).toMatchObject({ trade_status: 'TRADE_SUCCESS' });
    expect((await notified()).map((n) => n.trade_status)).toEqual(['TRADE_SUCCESS']);
  });
});

describe('notifications', () => {
  it('retried on the clock (4m, 10m, 10m, 1h, 2h, 6h, 15h) until the merchant answers success; at most eight attempts', async () => {
    const { gateway, call, answerWith, notified } = await tradeSetup('json');
    gateway.clock.set(T0);
    answerWith('fail');
    const { trade_no } = await call('alipay.trade.create', tradeOrder('RETRY1'), { notifyUrl });
    await gateway.pay(String(trade_no), buyer);
    await gateway.notifications.settled();
    const [paid] = gateway.notifications.all;
    expect(paid!.attempts).toMatchObject([{ status: 200, text: 'fail' }]);
    expect(paid!.nextAttemptAt?.getTime()).toBe(parseChinaTime('2024-05-13 10:04:00'));
    gateway.clock.advance('3m');
    await gateway.notifications.settled();
    expect(paid!.attempts).toHaveLength(1);
    gateway.clock.advance('1m');
    await gateway.notifications.settled();
    expect(paid!.attempts).toHaveLength(2);
    answerWith('success');
    gateway.clock.advance('10m');
    await gateway.notifications.settled();
    expect(paid!.attempts.map((a) => a.text)).toEqual(['fail', 'fail', 'success']);
    expect(paid!.acknowledged).toBe(true);
    expect(paid!.nextAttemptAt).toBeUndefined();
    gateway.clock.advance('2d');
    await gateway.notifications.settled();
    expect(paid!.attempts).toHaveLength(3);
    expect((await notified()).every((n) => n.verified === 'true' && n.notify_id === paid!.params.notify_id)).toBe(true);

    // Never acknowledged: eight attempts over 24h 34m, then none.
    answerWith('fail');
    await call('alipay.trade.refund', { out_trade_no: 'RETRY1', refund_amount: '1.00', out_request_no: 'r1' });
    await gateway.notifications.settled();
    const refund = gateway.notifications.all[1]!;
    let moves = 0;
    while (refund.nextAttemptAt && moves++ < 20) {
      gateway.clock.advance(refund.nextAttemptAt.getTime() - gateway.clock.now().getTime() - 1);
      await gateway.notifications.settled();
      const before = refund.attempts.length;
      gateway.clock.advance(1); // due now, not a millisecond earlier
      await gateway.notifications.settled();
      expect(refund.attempts).toHaveLength(before + 1);
    }
    expect(refund.attempts).toHaveLength(8);
    const minutes = refund.attempts.slice(1).map((a, i) => (a.at.getTime() - refund.attempts[i]!.at.getTime()) / 60_000);
    expect(minutes).toEqual([4, 10, 10, 60, 120, 360, 900]);
    expect(refund.nextAttemptAt).toBeUndefined();
    expect(refund.acknowledged).toBe(false);
  });

  it('a failed delivery is recorded and retried; gateway.pay with deliver reports the answer; without notifyFetch they are held for deliver()', async () => {
    const { gateway, client } = await mockSetup();
    gateway.clock.set(T0);
    const create = (no: string) => client.execute('alipay.trade.create', tradeOrder(no), { notifyUrl }) as Promise<{ trade_no: string }>;
    const held = await create('HELD1');
    await gateway.pay(held.trade_no, buyer);
    const [notification] = await gateway.notifications.settled();
    expect(notification).toMatchObject({ url: notifyUrl, attempts: [], acknowledged: false });
    expect(notification!.nextAttemptAt).toBeUndefined();
    expect(await client.verifyNotify(notification!.body)).toBe(true);
    gateway.clock.advance('1d'); // nothing to deliver with: nothing happens
    await gateway.notifications.settled();
    expect(notification!.attempts).toEqual([]);

    await expect(gateway.notifications.deliver()).rejects.toMatchObject({ code: 'ERR_CONFIG' });
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError('connection refused');
      return new Response(`success`);
    };
    await gateway.notifications.deliver(flaky);
    expect(notification!.attempts).toMatchObject([{ error: 'connection refused' }]);
    gateway.clock.advance('4m');
    await gateway.notifications.settled();
    expect(notification!.attempts).toMatchObject([{ error: 'connection refused' }, { status: 200, text: 'success' }]);
    expect(notification!.acknowledged).toBe(true);

    const direct = await create('DIRECT1');
    const paid = await gateway.pay(direct.trade_no, buyer, { deliver: true, fetch: async (input, init) => new Response(String(await client.verifyNotify(await new Request(input, init).text()))) });
    expect(paid.delivered).toEqual({ status: 200, text: 'true' });
    expect(gateway.notifications.all.at(-1)).toBe(paid.notification);
    expect(paid.notification!.attempts).toHaveLength(1);
  });

  it('bounded: only http(s) notify_urls are POSTed to, a long answer is read in part, a merchant that never answers fails after 15 s', async () => {
    let posts = 0;
    const answers: Array<() => Promise<Response> | Response> = [() => new Response(`success${'x'.repeat(1_000_000)}`), () => new Promise<Response>(() => {})];
    const { gateway, client } = await mockSetup({ notifyFetch: async () => (posts++, answers.shift()!()) });
    const pay = async (no: string, url: string) => {
      const { trade_no } = (await client.execute('alipay.trade.create', tradeOrder(no), { notifyUrl: url })) as { trade_no: string };
      await gateway.pay(trade_no, buyer);
    };
    await pay('B1', 'file:///etc/passwd');
    await pay('B2', 'javascript:alert(1)');
    await gateway.notifications.settled();
    expect(posts).toBe(0);
    expect(gateway.notifications.all.map((n) => n.attempts[0]?.error)).toEqual([expect.stringContaining('not an http(s) URL'), expect.stringContaining('not an http(s) URL')]);
    await pay('B3', notifyUrl);
    await gateway.notifications.settled();
    const long = gateway.notifications.all[2]!;
    expect(long.attempts[0]!.text).toHaveLength(1000);
    expect(long.acknowledged).toBe(false); // "success" and more is not "success"
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await pay('B4', notifyUrl);
      expect(posts).toBe(2); // the POST is out: the gateway waits for its answer
      await vi.advanceTimersByTimeAsync(15_000);
      await gateway.notifications.settled();
    } finally {
      vi.useRealTimers();
    }
    expect(gateway.notifications.all[3]!.attempts).toMatchObject([{ error: 'no answer within 15 s' }]);
  });

  it('certificate mode: every notification carries alipay_cert_sn and verifies with the certificates', async () => {
    const { gateway, client } = await certSetup();
    const { trade_no } = (await client.execute('alipay.trade.create', tradeOrder('CERT1'), { notifyUrl })) as { trade_no: string };
    await gateway.pay(trade_no, buyer);
    await client.execute('alipay.trade.refund', { out_trade_no: 'CERT1', refund_amount: '88.88' });
    const sent = await gateway.notifications.settled();
    expect(sent.map((n) => n.params.trade_status)).toEqual(['TRADE_SUCCESS', 'TRADE_CLOSED']);
    for (const n of sent) {
      expect(n.params.alipay_cert_sn).toBe(gateway.alipayCerts.keys().next().value);
      expect(await client.verifyNotify(n.body)).toBe(true);
    }
  });
});
