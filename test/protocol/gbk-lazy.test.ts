// The GBK encoder is loaded on demand (kept out of UTF-8 bundles). This file runs in its own module
// graph (vitest isolates test files), so nothing has loaded it before these tests.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { encodeForm, encoderFor, loadGbk } from '../../src/protocol.ts';

describe('loadGbk', () => {
  it('GBK encoding before loadGbk is ERR_CONFIG, not a silent UTF-8 fallback; after it, GBK bytes', async () => {
    let err: unknown;
    try {
      encodeForm({ subject: '会员 卡' }, 'GBK');
    } catch (caught) {
      err = caught;
    }
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_CONFIG' });
    expect(encoderFor('utf-8')('中')).toEqual(new Uint8Array([0xe4, 0xb8, 0xad]));

    await loadGbk();
    expect(encoderFor('GBK')('中')).toEqual(new Uint8Array([0xd6, 0xd0]));
    expect(encodeForm({ subject: '会员 卡' }, 'GBK')).toBe('subject=%BB%E1%D4%B1+%BF%A8');
  });
});
