// Money in the mock gateway: yuan as text, counted in integer fen. Amounts at the edges (0.01,
// 0.10, 99999999.99), sums that floating point gets wrong (0.10 + 0.20), and many partial refunds
// that must add up to the total exactly, the last one closing the trade.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFen, toYuan } from '../../mocks/index.ts';
import { tradeOrder, tradeSetup } from '../support.ts';

const buyer = { buyer_id: '2088102177846880' };
/** Fen as yuan, written independently of the mock (safe integers). */
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
/** Yuan text as fen, from its digits (no float). */
const fenOf = (text: string) => {
  const [whole, decimals = ''] = text.split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
};

describe('toFen / toYuan', () => {
  it('reads yuan with at most two decimals, and nothing else', () => {
    const good: Array<[string, bigint]> = [['0.01', 1n], ['0.1', 10n], ['0.10', 10n], ['1', 100n], ['88.88', 8888n], ['99999999.99', 9999999999n], ['100000000', 10000000000n], ['0', 0n], ['0.00', 0n]];
    for (const [text, fen] of good) expect(toFen(text), text).toBe(fen);
    for (const bad of ['', '.5', '5.', '01', '0.001', '1e2', '-1', '+1', ' 1', '1 ', '1,00', '١', '0x10', 'Infinity', 'NaN', 88.88, 1n, null, undefined]) {
      expect(toFen(bad), String(bad)).toBeUndefined();
    }
    expect([1n, 10n, 100n, 8888n, 9999999999n, 0n, 5n].map(toYuan)).toEqual(['0.01', '0.10', '1.00', '88.88', '99999999.99', '0.00', '0.05']);
    expect(0.1 + 0.2).not.toBe(0.3); // why fen: the float sum is 0.30000000000000004
    expect(toYuan(toFen('0.10')! + toFen('0.20')!)).toBe('0.30');
  });
});

describe('refunds add up exactly', () => {
  it.each([
    ['0.01 refunded at once', '0.01', ['0.01']],
    ['0.10 in ten refunds of 0.01', '0.10', Array.from({ length: 10 }, () => '0.01')],
    ['0.30 as 0.10 + 0.20', '0.30', ['0.10', '0.20']],
    ['99999999.99 in three', '99999999.99', ['33333333.33', '33333333.33', '33333333.33']],
    ['100000000.00 as 99999999.99 + 0.01', '100000000.00', ['99999999.99', '0.01']],
  ])('%s', async (_name, total, parts) => {
    const { gateway, call, refused, notified } = await tradeSetup('json');
    const { trade_no } = await call('alipay.trade.create', tradeOrder('M1', total), { notifyUrl: 'https://shop.example/alipay/notify' });
    await gateway.pay(String(trade_no), buyer);
    await notified();
    let refundedFen = 0;
    for (const [i, part] of parts.entries()) {
      refundedFen += fenOf(part);
      const answer = await call('alipay.trade.refund', { out_trade_no: 'M1', refund_amount: part, out_request_no: `R${i}` });
      expect(answer).toMatchObject({ refund_fee: yuan(refundedFen), send_back_fee: part, fund_change: 'Y' });
    }
    expect(yuan(refundedFen)).toBe(total);
    const notes = await notified();
    expect(notes.map((n) => n.refund_fee)).toEqual(parts.map((_, i) => yuan(parts.slice(0, i + 1).reduce((sum, p) => sum + fenOf(p), 0))));
    expect(notes.map((n) => n.trade_status)).toEqual(parts.map((_, i) => (i === parts.length - 1 ? 'TRADE_CLOSED' : 'TRADE_SUCCESS')));
    expect(notes.every((n) => n.verified === 'true')).toBe(true);
    expect(await call('alipay.trade.query', { out_trade_no: 'M1' })).toMatchObject({ trade_status: 'TRADE_CLOSED', total_amount: total });
    expect(await refused('alipay.trade.refund', { out_trade_no: 'M1', refund_amount: '0.01', out_request_no: 'more' })).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL');
  });

  it('random totals split into random partial refunds: every refund_fee is the running sum, the last closes the trade, one fen more is refused', async () => {
    const { gateway, call, refused } = await tradeSetup('json');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }),
        async (totalFen, weights) => {
          // Split totalFen into one part per weight (each at least 1 fen when possible).
          const sum = weights.reduce((a, b) => a + b, 0);
          const parts = weights.map((w) => Math.floor((totalFen * w) / sum));
          parts[parts.length - 1]! += totalFen - parts.reduce((a, b) => a + b, 0);
          const refunds = parts.filter((p) => p > 0);
          const no = `P${n++}`;
          const { trade_no } = await call('alipay.trade.create', tradeOrder(no, yuan(totalFen)));
          await gateway.pay(String(trade_no), buyer);
          let running = 0;
          for (const [i, part] of refunds.entries()) {
            running += part;
            expect(await call('alipay.trade.refund', { out_trade_no: no, refund_amount: yuan(part), out_request_no: `r${i}` })).toMatchObject({ refund_fee: yuan(running) });
          }
          expect(running).toBe(totalFen);
          expect(gateway.state.trades.get(no)).toMatchObject({ trade_status: 'TRADE_CLOSED', refund_fee: yuan(totalFen) });
          expect(await refused('alipay.trade.refund', { out_trade_no: no, refund_amount: '0.01', out_request_no: 'over' })).toBe('ACQ.REFUND_AMT_NOT_EQUAL_TOTAL');
        },
      ),
      { numRuns: 15, seed: 26 },
    );
  });
});
