// verifyNotify loads GBK itself: a GBK notification verifies in a module graph where nothing has
// loaded the GBK encoder yet (vitest isolates test files; vi.resetModules gives a fresh graph).
import { describe, expect, it, vi } from 'vitest';
import { buildSignContent, encodeForm, importPrivateKey, loadGbk, signContent } from '../../src/protocol.ts';
import { testKeys } from '../support.ts';

describe('verifyNotify and decodeForm before loadGbk', () => {
  it('a raw GBK notification is read in GBK without the caller loading anything', async () => {
    const { alipay } = await testKeys();
    await loadGbk(); // (this graph's, to sign the fixture)
    const params = { notify_id: 'lazy', charset: 'GBK', out_trade_no: 'L1', subject: '会员卡\u3000充值' };
    const body = encodeForm({ ...params, sign: await signContent(buildSignContent(params), await importPrivateKey(alipay.privateKey), 'GBK') }, 'GBK');
    vi.resetModules();
    const fresh = await import('../../src/protocol.ts');
    // Before loadGbk, the lenient decoder is the runtime's; the exact one needs the tables.
    expect(fresh.decodeForm('s=%D6%D0', 'GBK')).toEqual([['s', '中']]);
    expect(() => fresh.decodeForm('s=%D6%D0', 'GBK', { fatal: true })).toThrow(/loadGbk/);
    expect(await fresh.verifyNotify(body, alipay.publicKey)).toBe(true);
  });
});
