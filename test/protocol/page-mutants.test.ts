// src/protocol/page.ts at its edges, for mutation testing: each argument named when it is wrong,
// and the GBK order string's percent-encoding of bytes below 0x10 (two hex digits, always).
// page-carried.test.ts and the page vectors check the same functions through the client.
import { describe, expect, it } from 'vitest';
import { loadGbk } from '../../src/protocol.ts';
import { buildOrderString, buildPageForm, buildPageUrl, escapeAttribute } from '../../src/protocol/page.ts';
import { thrownBy } from '../support.ts';

await loadGbk();
const GATEWAY = 'https://openapi.alipay.com/gateway.do';

describe('each argument named when it is wrong', () => {
  it('escapeAttribute: text', () => {
    expect(thrownBy(() => escapeAttribute(5 as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'text', message: 'text must be a string, got a number.' });
  });

  it.each([
    ['buildPageUrl', () => buildPageUrl(GATEWAY, null as never)],
    ['buildPageForm', () => buildPageForm(GATEWAY, null as never)],
    ['buildOrderString', () => buildOrderString(null as never)],
  ])('%s: params', (_, run) => {
    expect(thrownBy(run)).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'params' });
  });

  it.each([
    ['buildPageUrl', () => buildPageUrl(5 as never, { a: 'b' })],
    ['buildPageForm', () => buildPageForm(5 as never, { a: 'b' })],
  ])('%s: gateway', (_, run) => {
    expect(thrownBy(run)).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'gateway', message: 'gateway must be a string, got a number.' });
  });

  it('a value that is not a string is named by its key', () => {
    expect(thrownBy(() => buildOrderString({ subject: 7 } as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'subject' });
  });
});

describe('the order string', () => {
  it.each([['utf-8'], ['GBK']] as const)('%s: a byte below 0x10 is written with two hex digits', (charset) => {
    expect(buildOrderString({ a: 'x\ny\u0001', sign: 's' }, charset)).toBe('a=x%0Ay%01&sign=s');
  });

  it('GBK: unreserved ASCII as it is, the rest as GBK bytes; sign last', () => {
    expect(buildOrderString({ sign: 's=', subject: "会员-_.!~*'() a", k: 'v' }, 'GBK')).toBe("subject=%BB%E1%D4%B1-_.!~*'()%20a&k=v&sign=s%3D");
  });
});
