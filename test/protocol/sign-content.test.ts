// The sign content: order, empty values, excluded keys, and the values that cannot be signed.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { buildSignContent } from '../../src/protocol.ts';
import { thrownBy } from '../support.ts';

describe('buildSignContent', () => {
  it('sorts by UTF-16 code unit, drops sign and empty values, keeps values raw', () => {
    const content = buildSignContent({
      method: 'alipay.marketing.card.query',
      app_id: '2014072300007148',
      sign: 'must-not-appear',
      Zebra: 'upper case sorts before lower case',
      _under: 'underscore sorts after upper case, before lower case',
      empty: '',
      missing: undefined,
      nothing: null,
      biz_content: '{"a":"b c&d=e"}',
      notify_url: 'https://example.com/notify?x=1&y=2',
      extra: '中文测试',
    });
    expect(content).toBe(
      'Zebra=upper case sorts before lower case&_under=underscore sorts after upper case, before lower case' +
        '&app_id=2014072300007148&biz_content={"a":"b c&d=e"}&extra=中文测试' +
        '&method=alipay.marketing.card.query&notify_url=https://example.com/notify?x=1&y=2',
    );
  });

  it('gives the same content whatever the parameter order', () => {
    const a = buildSignContent({ b: '2', a: '1', c: '3' });
    const b = buildSignContent(new URLSearchParams('c=3&a=1&b=2&sign=x'));
    const c = buildSignContent([['c', '3'], ['b', '2'], ['a', '1']]);
    expect(a).toBe('a=1&b=2&c=3');
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('sorts astral characters by code unit, not code point', () => {
    // U+FF5E (one unit 0xFF5E) sorts after U+1F600 (surrogates 0xD83D…) by code unit.
    expect(buildSignContent({ '\uff5e': '1', '\u{1f600}': '2' })).toBe('\u{1f600}=2&\uff5e=1');
  });

  it('drops extra keys (notify rule v1)', () => {
    expect(buildSignContent({ a: '1', sign_type: 'RSA2', sign: 'x' }, { exclude: ['sign_type'] })).toBe('a=1');
  });

  it('refuses object values and duplicate keys', () => {
    expect(() => buildSignContent({ biz: { a: 1 } as never })).toThrow(AlipayError);
    expect(() => buildSignContent(new URLSearchParams('a=1&a=2'))).toThrow(/twice/);
  });
});

describe('buildSignContent in detail', () => {
  it('drops an empty key; refuses functions, symbols and BigInts, naming the parameter', () => {
    expect(buildSignContent({ '': 'x', a: '1' })).toBe('a=1');
    for (const value of [() => 1, Symbol('s'), 10n, { a: 1 }]) {
      const error = thrownBy(() => buildSignContent({ bad: value as never }));
      expect(error).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'bad', message: 'Parameter "bad" must be a string, number or boolean to be signed; serialise it first.' });
    }
    expect(() => buildSignContent([['k', '1'], ['k', '2']])).toThrow(expect.objectContaining({ path: 'k', message: 'Parameter "k" is given twice; it cannot be signed unambiguously.' }));
  });

  it('signs numbers and booleans as their text', () => {
    expect(buildSignContent({ n: 1.5, t: true, f: false, z: 0 })).toBe('f=false&n=1.5&t=true&z=0');
  });

  it('refuses params that are not a record, URLSearchParams or pairs, and pairs without a string key', () => {
    for (const params of [null, undefined, 'a=1', 5, true]) {
      expect(thrownBy(() => buildSignContent(params as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/^params must be a record, a URLSearchParams or \[key, value\] pairs, got /) });
    }
    for (const pairs of [[['a', '1'], 'x'], [[1, 'v']], [['a', '1'], null], [[undefined, 'v']]]) {
      expect(thrownBy(() => buildSignContent(pairs as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/^params must hold \[key, value\] pairs with string keys, got /) });
    }
    // A Map and a generator of pairs are pairs too.
    expect(buildSignContent(new Map([['b', '2'], ['a', '1']]))).toBe('a=1&b=2');
    expect(buildSignContent((function* () { yield ['b', '2'] as const; yield ['a', '1'] as const; })())).toBe('a=1&b=2');
  });

  it('refuses an exclude that is not an array (a string would exclude its characters)', () => {
    for (const exclude of ['sign_type', 1, { sign_type: true }]) {
      expect(thrownBy(() => buildSignContent({ a: '1', s: '2', sign_type: 'RSA2' }, { exclude: exclude as never }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/^options\.exclude must be an array of keys, got /) });
    }
  });

  it('a key given twice is ERR_REQUEST_INVALID, from every input form', () => {
    expect(thrownBy(() => buildSignContent(new URLSearchParams('a=1&a=2')))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'a' });
    expect(thrownBy(() => buildSignContent([['a', '1'], ['a', '1']]))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'a' });
  });
});
