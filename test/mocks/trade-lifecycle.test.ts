// The payment lifecycle in the mock gateway, over v2 JSON, v2 XML and v3: each way to open and
// pay a trade (create + the mini-program's trade_no, precreate + its QR code, the barcode's
// trade.pay), query, close, cancel, refund and refund query, with the business errors of each
// operation's error model, and every notification verified by the merchant with verifyNotify.
import { describe, expect, it } from 'vitest';
import { AlipayApiError } from '../../src/index.ts';
import { MOCK_AUTH_CODES, MOCK_BUYER } from '../../mocks/index.ts';
import { NOTIFY_URL, PROTOCOLS, mockSetup, rejectionOf, tradeOrder, tradeSetup } from '../support.ts';

const buyer = { buyer_id: '2088102177846880', buyer_logon_id: 'buyer@example.com' };
const notifyUrl = NOTIFY_URL;

describe.each(PROTOCOLS)('over %s', (protocol) => {
  it('create → the buyer pays its trade_no → notified → query → partial refunds (idempotent, over-refund refused) → full → refund queries', async () => {
    const { gateway, call, refused, notified } = await tradeSetup(protocol);
    const created = await call('alipay.trade.create', tradeOrder('LIFE1', '100.00', { buyer_id: buyer.buyer_id }), { notifyUrl });
    expect(created).toMatchObject({ out_trade_no: 'LIFE1', trade_no: expect.stringMatching(/^\d{24}$/) });
    // The same order again: the same trade.
    expect((await call('alipay.trade.create', tradeOrder('LIFE1', '100.00'), { notifyUrl })).trade_no).toBe(created.trade_no);
    expect(await call('alipay.trade.query', { out_trade_no: 'LIFE1' })).toMatchObject({ trade_status: 'WAIT_BUYER_PAY', total_amount: '100.00', trade_no: created.trade_no });
    expect(await notified()).toEqual([]); // WAIT_BUYER_PAY is not notified

    const paid = await gateway.pay(String(created.trade_no), buyer);
    expect(paid.trade).toMatchObject({ trade_status: 'TRADE_SUCCESS', buyer_id: buyer.buyer_id });
    const [success] = await notified();
    expect(success).toMatchObject({ verified: 'true', notify_type: 'trade_status_sync', trade_status: 'TRADE_SUCCESS', out_trade_no: 'LIFE1', trade_no: created.trade_no, total_amount: '100.00', buyer_id: buyer.buyer_id, app_id: gateway.appId });
    expect(success!.refund_fee).toBeUndefined();
    expect(await call('alipay.trade.query', { trade_no: created.trade_no })).toMatchObject({ trade_status: 'TRADE_SUCCESS', buyer_user_id: buyer.buyer_id, send_pay_date: paid.trade.gmt_payment });

    const partial = await call('alipay.trade.refund', { out_trade_no: 'LIFE1', refund_amount: '30.00', out_request_no: 'R1', refund_reason: 'size' });
    expect(partial).toMatchObject({ fund_change: 'Y', refund_fee: '30.00', send_back_fee: '30.00', trade_no: created.trade_no });
    const [refundNote] = await notified();
    expect(refundNote).toMatchObject({ verified: 'true', trade_status: 'TRADE_SUCCESS', refund_fee: '30.00', out_biz_no: 'R1', gmt_refund: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/) });
    // The same out_request_no again refunds nothing more, and says so; another amount under it is refused.
    expect(await call('alipay.trade.refund', { out_trade_no: 'LIFE1', refund_amount: '30.00', out_request_no: 'R1' })).toMatchObject({ fund_change: 'N', refund_fee: '30.00' });
    expect(await refused('alipay.trade.refund', { out_trade_no: 'LIFE1', refund_amount: '31.00', out_request_no: 'R1' })).toBe('ACQ.DISCORDANT_REPEAT_REQUEST');
    expect(await notified()).toEqual([]);
    // More than what is left (70.00), and a partial refund without out_request_no, are refused.
    expect(await refused('alipay.trade.refund', { out_trade_no: 'LIFE1', refund_amount: '70.01', out_request_no: 'R2' })).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL');
    expect(await refused('alipay.trade.refund', { out_trade_no: 'LIFE1', refund_amount: '10.00' })).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL');
    expect(await call('alipay.trade.query', { out_trade_no: 'LIFE1' })).toMatchObject({ trade_status: 'TRADE_SUCCESS' });

    expect(await call('alipay.trade.refund', { trade_no: created.trade_no, refund_amount: '70.00', out_request_no: 'R2' })).toMatchObject({ fund_change: 'Y', refund_fee: '100.00', send_back_fee: '70.00' });
    const [closing] = await notified();
    expect(closing).toMatchObject({ verified: 'true', trade_status: 'TRADE_CLOSED', refund_fee: '100.00', out_biz_no: 'R2', gmt_close: expect.any(String) });
    expect(await call('alipay.trade.query', { out_trade_no: 'LIFE1' })).toMatchObject({ trade_status: 'TRADE_CLOSED' });
    expect(await refused('alipay.trade.refund', { out_trade_no: 'LIFE1', refund_amount: '0.01', out_request_no: 'R3' })).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL');
    // Repeating a refund of a closed trade is still idempotent.
    expect(await call('alipay.trade.refund', { out_trade_no: 'LIFE1', refund_amount: '70.00', out_request_no: 'R2' })).toMatchObject({ fund_change: 'N', refund_fee: '100.00' });

    expect(await call('alipay.trade.fastpay.refund.query', { out_trade_no: 'LIFE1', out_request_no: 'R1' })).toMatchObject({ out_request_no: 'R1', refund_amount: '30.00', total_amount: '100.00', refund_status: 'REFUND_SUCCESS', refund_reason: 'size' });
    expect(await call('alipay.trade.fastpay.refund.query', { trade_no: created.trade_no, out_request_no: 'R2' })).toMatchObject({ refund_amount: '70.00', refund_status: 'REFUND_SUCCESS' });
    // An unknown refund: a success that names no refund (not refunded).
    const unknown = await call('alipay.trade.fastpay.refund.query', { out_trade_no: 'LIFE1', out_request_no: 'R9' });
    expect(unknown.refund_status).toBeUndefined();
    expect(unknown.refund_amount).toBeUndefined();
    expect(await refused('alipay.trade.fastpay.refund.query', { out_trade_no: 'NOPE', out_request_no: 'R1' })).toBe('ACQ.TRADE_NOT_EXIST');
    expect(await refused('alipay.trade.fastpay.refund.query', { out_trade_no: 'LIFE1' })).toBe('ACQ.INVALID_PARAMETER');
    expect(await notified()).toEqual([]);
  });

  it('precreate: the QR code is no trade until scanned; a browser scans and pays it; paid once', async () => {
    const { gateway, call, refused, notified } = await tradeSetup(protocol);
    const pre = await call('alipay.trade.precreate', tradeOrder('QR1', '0.01'), { notifyUrl });
    expect(pre).toMatchObject({ out_trade_no: 'QR1', qr_code: expect.stringMatching(/^https:\/\/qr\.alipay\.com\/bax\d+$/) });
    // Before the buyer scans, Alipay knows no trade.
    expect(await refused('alipay.trade.query', { out_trade_no: 'QR1' })).toBe('ACQ.TRADE_NOT_EXIST');
    expect(await refused('alipay.trade.close', { out_trade_no: 'QR1' })).toBe('ACQ.TRADE_NOT_EXIST');
    const page = await gateway.fetch(String(pre.qr_code));
    expect(await page.text()).toContain('0.01 元');
    expect(await call('alipay.trade.query', { out_trade_no: 'QR1' })).toMatchObject({ trade_status: 'WAIT_BUYER_PAY', total_amount: '0.01' });
    const confirm = await gateway.fetch(String(pre.qr_code), { method: 'POST', body: new URLSearchParams({ buyer_id: buyer.buyer_id }) });
    expect(await confirm.text()).toContain('TRADE_SUCCESS');
    expect(await notified()).toMatchObject([{ verified: 'true', trade_status: 'TRADE_SUCCESS', out_trade_no: 'QR1', buyer_id: buyer.buyer_id, total_amount: '0.01' }]);
    expect(await call('alipay.trade.query', { out_trade_no: 'QR1' })).toMatchObject({ trade_status: 'TRADE_SUCCESS', buyer_user_id: buyer.buyer_id });
    expect(await rejectionOf(() => gateway.pay(String(pre.qr_code), buyer))).toMatchObject({ subCode: 'ACQ.TRADE_HAS_SUCCESS' });
    expect(await (await gateway.fetch(String(pre.qr_code))).text()).toContain('ACQ.TRADE_HAS_SUCCESS');
    // A test pays a QR code as a buyer would; precreating a paid order is refused.
    const second = await call('alipay.trade.precreate', tradeOrder('QR2', '12.30'));
    expect((await gateway.pay(String(second.qr_code), buyer)).trade).toMatchObject({ trade_status: 'TRADE_SUCCESS', total_amount: '12.30' });
    expect(await refused('alipay.trade.precreate', tradeOrder('QR2', '12.30'))).toBe('ACQ.TRADE_HAS_SUCCESS');
  });

  it('barcode trade.pay: each documented auth_code', async () => {
    const { gateway, call, failure, refused, notified } = await tradeSetup(protocol);
    const barcode = (no: string, auth_code: string) => ({ ...tradeOrder(no, '9.90'), scene: 'bar_code', auth_code });
    const paid = await call('alipay.trade.pay', barcode('BAR1', MOCK_AUTH_CODES.paid), { notifyUrl });
    expect(paid).toMatchObject({ out_trade_no: 'BAR1', total_amount: '9.90', receipt_amount: '9.90', buyer_user_id: MOCK_BUYER.buyer_id, gmt_payment: expect.any(String) });
    expect(paid.fund_bill_list).toEqual([{ fund_channel: 'ALIPAYACCOUNT', amount: '9.90' }]); // a list in XML too
    expect(await notified()).toMatchObject([{ verified: 'true', trade_status: 'TRADE_SUCCESS', out_trade_no: 'BAR1' }]);
    expect(await refused('alipay.trade.pay', barcode('BAR1', MOCK_AUTH_CODES.paid))).toBe('ACQ.TRADE_HAS_SUCCESS');
    // Any well-formed code pays at once.
    expect(await call('alipay.trade.pay', barcode('BAR2', '2876344382566439411'))).toMatchObject({ receipt_amount: '9.90' });

    // The buyer must confirm: 10003 over v2 (an AlipayApiError whose response holds the trade), HTTP 200 without gmt_payment over v3.
    const waiting = barcode('BAR3', MOCK_AUTH_CODES.buyerConfirms);
    if (protocol === 'v3') {
      const answer = await call('alipay.trade.pay', waiting, { notifyUrl });
      expect(answer).toMatchObject({ out_trade_no: 'BAR3', buyer_pay_amount: '0.00' });
      expect(answer.gmt_payment).toBeUndefined();
    } else {
      const err = await failure('alipay.trade.pay', waiting, { notifyUrl });
      expect(err).toMatchObject({ code: '10003', msg: ' order success pay inprocess' });
      expect(err.subCode).toBeUndefined();
      expect(err.response).toMatchObject({ out_trade_no: 'BAR3', trade_no: expect.any(String), buyer_pay_amount: '0.00' });
    }
    expect(await call('alipay.trade.query', { out_trade_no: 'BAR3' })).toMatchObject({ trade_status: 'WAIT_BUYER_PAY', buyer_user_id: MOCK_BUYER.buyer_id });
    expect(await notified()).toEqual([]);
    gateway.clock.advance('9s');
    expect(await call('alipay.trade.query', { out_trade_no: 'BAR3' })).toMatchObject({ trade_status: 'WAIT_BUYER_PAY' });
    gateway.clock.advance('1s');
    expect(await call('alipay.trade.query', { out_trade_no: 'BAR3' })).toMatchObject({ trade_status: 'TRADE_SUCCESS', buyer_pay_amount: '9.90' });
    expect(await notified()).toMatchObject([{ verified: 'true', trade_status: 'TRADE_SUCCESS', out_trade_no: 'BAR3' }]);

    // The buyer never confirms: the merchant cancels, which closes the trade.
    if (protocol === 'v3') await call('alipay.trade.pay', barcode('BAR4', MOCK_AUTH_CODES.buyerNeverConfirms));
    else expect((await failure('alipay.trade.pay', barcode('BAR4', MOCK_AUTH_CODES.buyerNeverConfirms))).code).toBe('10003');
    gateway.clock.advance('1h');
    expect(await call('alipay.trade.query', { out_trade_no: 'BAR4' })).toMatchObject({ trade_status: 'WAIT_BUYER_PAY' });
    expect(await call('alipay.trade.cancel', { out_trade_no: 'BAR4' })).toMatchObject({ action: 'close', retry_flag: 'N', out_trade_no: 'BAR4' });
    expect(await call('alipay.trade.query', { out_trade_no: 'BAR4' })).toMatchObject({ trade_status: 'TRADE_CLOSED' });

    // Failures leave no trade: the same order can be paid with another code.
    expect(await refused('alipay.trade.pay', barcode('BAR5', MOCK_AUTH_CODES.balanceNotEnough))).toBe('ACQ.BUYER_BALANCE_NOT_ENOUGH');
    expect(await refused('alipay.trade.query', { out_trade_no: 'BAR5' })).toBe('ACQ.TRADE_NOT_EXIST');
    for (const code of [MOCK_AUTH_CODES.invalid, '12345', '2800000000000', '31000000000000000000', '']) {
      expect(await refused('alipay.trade.pay', barcode('BAR5', code))).toBe('ACQ.PAYMENT_AUTH_CODE_INVALID');
    }
    expect(await call('alipay.trade.pay', barcode('BAR5', MOCK_AUTH_CODES.paid))).toMatchObject({ out_trade_no: 'BAR5', receipt_amount: '9.90' });
  });

  it('close: only an unpaid trade, notified to the close request\'s notify_url; cancel: closes unpaid, refunds paid (action says which)', async () => {
    const { gateway, call, refused, notified } = await tradeSetup(protocol);
    await call('alipay.trade.create', tradeOrder('C1'));
    expect(await call('alipay.trade.close', { out_trade_no: 'C1' }, { notifyUrl })).toMatchObject({ out_trade_no: 'C1', trade_no: expect.any(String) });
    expect(await notified()).toMatchObject([{ verified: 'true', trade_status: 'TRADE_CLOSED', out_trade_no: 'C1', gmt_close: expect.any(String) }]);
    expect(await refused('alipay.trade.close', { out_trade_no: 'C1' })).toBe('ACQ.TRADE_STATUS_ERROR');
    expect(await refused('alipay.trade.refund', { out_trade_no: 'C1', refund_amount: '1.00', out_request_no: 'x' })).toBe('ACQ.TRADE_HAS_CLOSE');
    expect(await rejectionOf(async () => gateway.pay(String(gateway.state.trades.get('C1')!.trade_no), buyer))).toMatchObject({ subCode: 'ACQ.TRADE_HAS_CLOSE' });
    expect(await refused('alipay.trade.create', tradeOrder('C1'))).toBe('ACQ.TRADE_HAS_CLOSE');
    expect(await refused('alipay.trade.close', { out_trade_no: 'NOPE' })).toBe('ACQ.TRADE_NOT_EXIST');
    for (const method of ['alipay.trade.close', 'alipay.trade.query', 'alipay.trade.cancel', 'alipay.trade.refund']) {
      expect(await refused(method, { refund_amount: '1.00' })).toBe('ACQ.INVALID_PARAMETER');
    }

    // Paid: close is refused (and a refund of an unpaid trade too); cancel refunds it in full.
    const paidTrade = await call('alipay.trade.create', tradeOrder('C2', '50.00'), { notifyUrl });
    expect(await refused('alipay.trade.refund', { out_trade_no: 'C2', refund_amount: '1.00', out_request_no: 'x' })).toBe('ACQ.TRADE_STATUS_ERROR');
    await gateway.pay(String(paidTrade.trade_no), buyer);
    expect(await refused('alipay.trade.close', { out_trade_no: 'C2' })).toBe('ACQ.TRADE_STATUS_ERROR');
    await notified();
    expect(await call('alipay.trade.cancel', { out_trade_no: 'C2' })).toMatchObject({ action: 'refund', retry_flag: 'N', trade_no: paidTrade.trade_no, gmt_refund_pay: expect.any(String) });
    expect(await notified()).toMatchObject([{ verified: 'true', trade_status: 'TRADE_CLOSED', refund_fee: '50.00' }]);
    expect(await call('alipay.trade.query', { out_trade_no: 'C2' })).toMatchObject({ trade_status: 'TRADE_CLOSED' });
    expect(await call('alipay.trade.cancel', { out_trade_no: 'C2' })).toMatchObject({ action: 'refund' }); // again: the same answer
    expect(await refused('alipay.trade.refund', { out_trade_no: 'C2', refund_amount: '0.01', out_request_no: 'after' })).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL');
    expect(await notified()).toEqual([]);

    // A trade refunded in part cannot be cancelled; one paid more than a day ago neither.
    const refundedTrade = await call('alipay.trade.create', tradeOrder('C3', '20.00'));
    await gateway.pay(String(refundedTrade.trade_no), buyer);
    await call('alipay.trade.refund', { out_trade_no: 'C3', refund_amount: '5.00', out_request_no: 'p' });
    expect(await refused('alipay.trade.cancel', { out_trade_no: 'C3' })).toBe('ACQ.REASON_TRADE_REFUND_FEE_ERR');
    const late = await call('alipay.trade.create', tradeOrder('C4', '20.00'));
    await gateway.pay(String(late.trade_no), buyer);
    gateway.clock.advance('1d');
    gateway.clock.advance(1);
    expect(await refused('alipay.trade.cancel', { out_trade_no: 'C4' })).toBe('ACQ.TRADE_CANCEL_TIME_OUT');
    expect(await call('alipay.trade.refund', { out_trade_no: 'C4', refund_amount: '20.00' })).toMatchObject({ fund_change: 'Y', refund_fee: '20.00' });
    // No such trade: nothing to undo, and no action.
    const nothing = await call('alipay.trade.cancel', { out_trade_no: 'NEVER' });
    expect(nothing).toMatchObject({ out_trade_no: 'NEVER', retry_flag: 'N' });
    expect(nothing.action).toBeUndefined();
  });

  it('opening a trade: the gateway\'s invalid-parameter answer for amounts that are not yuan with two decimals, and the rest of the error model', async () => {
    const { call, refused } = await tradeSetup(protocol);
    for (const [i, amount] of ['0.001', '88.888', '1e3', '-1.00', '0', '0.00', '.5', '088.88', '1,000.00', ' 1.00', '', 88.88].entries()) {
      expect(await refused('alipay.trade.create', tradeOrder(`BAD${i}`, amount as string)), String(amount)).toBe('ACQ.INVALID_PARAMETER');
    }
    expect(await refused('alipay.trade.create', tradeOrder('BIG', '100000000.01'))).toBe('ACQ.TOTAL_FEE_EXCEED');
    expect(await call('alipay.trade.create', tradeOrder('MAX', '100000000'))).toMatchObject({ out_trade_no: 'MAX' });
    expect(await call('alipay.trade.query', { out_trade_no: 'MAX' })).toMatchObject({ total_amount: '100000000.00' });
    expect(await call('alipay.trade.create', tradeOrder('ONE', '0.1'))).toMatchObject({ out_trade_no: 'ONE' });
    expect(await call('alipay.trade.query', { out_trade_no: 'ONE' })).toMatchObject({ total_amount: '0.10' });
    expect(await refused('alipay.trade.create', tradeOrder('ONE', '0.20'))).toBe('ACQ.CONTEXT_INCONSISTENT');
    expect(await refused('alipay.trade.create', { out_trade_no: 'NOSUBJECT', total_amount: '1.00' })).toBe('ACQ.INVALID_PARAMETER');
    expect(await refused('alipay.trade.create', tradeOrder('x'.repeat(65)))).toBe('ACQ.INVALID_PARAMETER');
    expect(await refused('alipay.trade.precreate', tradeOrder('LATE', '1.00', { time_expire: '2020-01-01 00:00:00' }))).toBe('ACQ.NOW_TIME_AFTER_EXPIRE_TIME_ERROR');
    for (const [i, timeout] of ['90', '1.5h', '16d', '0m', '2c', 'm', 90].entries()) {
      expect(await refused('alipay.trade.create', tradeOrder(`TO${i}`, '1.00', { timeout_express: timeout })), String(timeout)).toBe('ACQ.INVALID_PARAMETER');
    }
    expect(await refused('alipay.trade.create', tradeOrder('TE', '1.00', { time_expire: '2099-02-30 00:00:00' }))).toBe('ACQ.INVALID_PARAMETER');
    expect(await refused('alipay.trade.refund', { out_trade_no: 'ONE', refund_amount: '0.001', out_request_no: 'r' })).toBe('ACQ.INVALID_PARAMETER');
    expect(await refused('alipay.trade.refund', { out_trade_no: 'NOPE', refund_amount: '1.00', out_request_no: 'r' })).toBe('ACQ.TRADE_NOT_EXIST');
    expect(await refused('alipay.trade.query', { out_trade_no: 'NOPE' })).toBe('ACQ.TRADE_NOT_EXIST');
    // out_trade_no and trade_no that name different trades name none.
    const one = await call('alipay.trade.query', { out_trade_no: 'ONE' });
    expect(await refused('alipay.trade.query', { out_trade_no: 'MAX', trade_no: one.trade_no })).toBe('ACQ.TRADE_NOT_EXIST');
  });
});

describe('a GBK client', () => {
  it('gets notifications signed over GBK bytes, which verify', async () => {
    const { gateway, client } = await mockSetup({}, { charset: 'GBK' });
    const created = (await client.execute('alipay.trade.create', tradeOrder('GBK1', '1.00', { subject: '会员卡 "金"' }), { notifyUrl })) as { trade_no: string };
    await gateway.pay(created.trade_no, buyer);
    await client.execute('alipay.trade.refund', { out_trade_no: 'GBK1', refund_amount: '0.40', out_request_no: 'g1' });
    const sent = await gateway.notifications.settled();
    expect(sent.map((n) => [n.params.charset, n.params.trade_status, n.params.subject])).toEqual([['GBK', 'TRADE_SUCCESS', '会员卡 "金"'], ['GBK', 'TRADE_SUCCESS', '会员卡 "金"']]);
    expect(sent[0]!.body).toContain('%BB%E1%D4%B1%BF%A8'); // 会员卡 in GBK
    for (const n of sent) expect(await client.verifyNotify(n.body)).toBe(true);
  });
});

describe('errors over v3: HTTP 400 and the ACQ code, signed; a trade operation on another verb: HTTP 405', () => {
  it('a business error is an HTTP 400 whose body the client verified', async () => {
    const { failure } = await tradeSetup('v3');
    const err = await failure('alipay.trade.query', { out_trade_no: 'NOPE' });
    expect(err).toMatchObject({ code: 'ACQ.TRADE_NOT_EXIST', status: 400, verified: true });
    expect(err.message).toContain('交易不存在');
  });

  it('GET /v3/alipay/trade/query is refused with 405 invalid-method naming POST; the same call on POST answers', async () => {
    const { client } = await tradeSetup('v3');
    const err = await rejectionOf(() => client.request('GET', '/v3/alipay/trade/query', { query: { out_trade_no: 'NOPE' } }));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ status: 405, code: 'invalid-method', verified: true });
    expect((err as AlipayApiError).message).toContain('POST');
    expect(await rejectionOf(() => client.request('POST', '/v3/alipay/trade/query', { body: { out_trade_no: 'NOPE' } }))).toMatchObject({ status: 400, code: 'ACQ.TRADE_NOT_EXIST' });
  });
});
