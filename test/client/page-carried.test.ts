// Browser and app payments: what the gateway receives is exactly what was signed, or nothing is
// signed. The HTML parser and form submission (NUL, line breaks, controls, non-characters,
// _charset_, names that hide the form's members), a GBK form (only what the Encoding Standard's
// GBK encoder encodes), the order string's names percent-encoded, and every argument read once.
// Issue 23, item 5 (and the page functions of item 7).
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { buildSignContent, decodeForm, importPublicKey, loadGbk, verifyContent } from '../../src/protocol.ts';
import { checkCarried, isFormMember } from '../../src/protocol/page-checks.ts';
import { buildOrderString, buildPageForm, buildPageUrl } from '../../src/protocol/page.ts';
import { mockSetup, rejectionOf, testKeys } from '../support.ts';

const order = { out_trade_no: 'C1', total_amount: '88.88', subject: '会员卡', product_code: 'FAST_INSTANT_TRADE_PAY' };
const { client } = await mockSetup();
const { client: gbkClient } = await mockSetup({}, { charset: 'GBK' });
const { app } = await testKeys();
const appKey = await importPublicKey(app.publicKey);

const post = (params: Record<string, string>, c = client) => rejectionOf(() => c.pageExecute('alipay.trade.page.pay', order, { params }));
const get = (params: Record<string, string>, c = client) => c.pageExecute('alipay.trade.page.pay', order, { httpMethod: 'GET', params });

/** The parameters a GET URL carries, decoded as the gateway decodes them. */
const fromUrl = (url: string, charset: 'utf-8' | 'GBK' = 'utf-8') => Object.fromEntries(decodeForm(url.slice(url.indexOf('?') + 1), charset));

describe('a POST form: what the HTML parser or form submission would change is refused before signing', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['CR', 'a\rb'],
    ['LF', 'a\nb'],
    ['CR LF', 'a\r\nb'],
    ['a C0 control', 'a\u0001b'],
    ['vertical tab', 'a\u000bb'],
    ['form feed', 'a\u000cb'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ['a non-character', 'a\ufdd0b'],
    ['U+FFFE', 'a\ufffeb'],
    ['an astral non-character', 'a\u{1fffe}b'],
  ])('%s in a value, or in a name', async (_name, text) => {
    expect(await post({ passback_params: text })).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID', path: 'passback_params', message: expect.stringMatching(/Nothing was signed/) });
    expect(await post({ [`x${text}`]: 'v' })).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: `x${text}` });
    // In a GET URL, percent-encoded, it arrives as signed.
    const url = await get({ passback_params: text });
    const carried = fromUrl(url);
    expect(carried.passback_params).toBe(text);
    expect(await verifyContent(buildSignContent(carried), carried.sign!, appKey)).toBe(true);
  });

  it('a tab, a space, quotes and markup are carried as they are', async () => {
    const form = await client.pageExecute('alipay.trade.page.pay', order, { params: { passback_params: 'a\tb c "d" <e>&amp;' } });
    expect(form).toContain('name="passback_params" value="a\tb c &quot;d&quot; &lt;e&gt;&amp;amp;"');
  });

  it('a field named _charset_ (any case): the browser would send the charset\'s name instead', async () => {
    for (const name of ['_charset_', '_CHARSET_', '_Charset_']) expect(await post({ [name]: 'x' })).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: name, message: expect.stringMatching(/_charset_/) });
    // Only that name: a near one is a field like any other.
    const near = await client.pageExecute('alipay.trade.page.pay', order, { params: { _charset: 'x', charset_x: 'y', _charset_x: 'z', x_charset_: 'w' } });
    for (const name of ['_charset', 'charset_x', '_charset_x', 'x_charset_']) expect(near).toContain(`name="${name}"`);
    // In a URL it is just a parameter.
    expect(fromUrl(await get({ _charset_: 'x' }))._charset_).toBe('x');
  });

  it('a field named like a member of the form element (submit, action, id…) is refused', async () => {
    for (const name of ['submit', 'action', 'target', 'elements', 'length', 'id', 'name', 'encoding', 'enctype', 'acceptCharset', 'reset', 'requestSubmit', 'noValidate', 'onsubmit', 'onclick', 'ariaLabel', 'ELEMENT_NODE', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'getAttribute', 'style', 'title', 'webkitMatchesSelector']) {
      expect(await post({ [name]: 'x' })).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: name, message: expect.stringMatching(/member of the form/) });
    }
    // Snake_case names, as Alipay's are, are fields.
    const fields = ['passback_params', 'quit_url', 'submit_time', 'action_id', 'persona', 'one_time', 'subject', 'x_ELEMENT', 'my__x__', 'Submit', 'ariax', 'webkit'];
    const form = await client.pageExecute('alipay.trade.page.pay', order, { params: Object.fromEntries(fields.map((name) => [name, 'x'])) });
    for (const name of fields) expect(form).toContain(`name="${name}"`);
    // Common parameters travel in the action URL's query, not as inputs: never refused as members.
    expect(isFormMember('method')).toBe(true);
    expect(form).toContain('method=alipay.trade.page.pay');
  });

  it('a parameter without a name, or named sign, is refused (no signature would cover it, or it would be overwritten)', async () => {
    expect(await post({ '': 'x' })).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: '', message: expect.stringMatching(/no name/) });
    expect(() => checkCarried([['', 'x']], 'url', 'utf-8')).toThrow(/has no name/);
    expect(await rejectionOf(() => get({ '': 'x' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: '' });
    expect(await rejectionOf(() => get({ sign: 'forged' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'sign' });
  });

  it('a lone surrogate in a name or value: refused for every carrier, naming the field', async () => {
    for (const params of [{ passback_params: 'a\ud800' }, { ['x\udc00']: 'v' }] as Array<Record<string, string>>) {
      const path = Object.keys(params)[0];
      expect(await post(params)).toMatchObject({ code: 'ERR_REQUEST_INVALID', path, message: expect.stringMatching(/lone UTF-16 surrogate/) });
      expect(await rejectionOf(() => get(params))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path });
      expect(await rejectionOf(() => client.sdkExecute('alipay.trade.app.pay', { out_trade_no: 'A', total_amount: '1.00', subject: 's' }, { params }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path });
    }
  });

  it('returnUrl and notifyUrl are checked like every other parameter', async () => {
    // They travel in the action URL's query (percent-encoded): a line break there arrives as signed.
    const form = await client.pageExecute('alipay.trade.page.pay', order, { returnUrl: 'https://shop.example/paid?a=1\n' });
    expect(form).toContain('return_url=https%3A%2F%2Fshop.example%2Fpaid%3Fa%3D1%0A');
    expect(await rejectionOf(() => client.pageExecute('alipay.trade.page.pay', order, { returnUrl: 'https://shop.example/\ud800' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'return_url' });
  });
});

describe('GBK: only what the Encoding Standard\'s GBK encoder encodes is signed', () => {
  it('U+E5E5, an emoji, or a character outside GBK: refused before signing, naming the field', async () => {
    await loadGbk();
    for (const text of ['\ue5e5', '😀', '\u0100', '\ue76c', '\ue815']) {
      expect(await post({ passback_params: `a${text}` }, gbkClient)).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'passback_params', message: expect.stringMatching(/GBK/) });
      expect(await rejectionOf(() => get({ passback_params: `a${text}` }, gbkClient))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'passback_params' });
      expect(await rejectionOf(() => gbkClient.pageExecute('alipay.trade.page.pay', { ...order, subject: `会员${text}` }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'biz_content' });
    }
  });

  it('what the standard encodes is signed as its bytes: U+3000, €, U+2E81, U+FE10 and the PUA it still encodes', async () => {
    const subject = '会员\u3000€\u2e81\ufe10\ue78d\u303e';
    const url = await gbkClient.pageExecute('alipay.trade.page.pay', { ...order, subject }, { httpMethod: 'GET' });
    // 会 员 (BBE1 D4B1), U+3000 A1A1, € 80, U+2E81 FE50, U+FE10 A6D9, U+E78D A6D9, U+303E A989.
    expect(url).toContain('%BB%E1%D4%B1%A1%A1%80%FEP%A6%D9%A6%D9%A9%89');
    const carried = fromUrl(url, 'GBK');
    expect(await verifyContent(buildSignContent(carried), carried.sign!, appKey, 'GBK')).toBe(true);
  });
});

describe('sdkExecute: names are percent-encoded like values', () => {
  it('a name holding = or & is carried as that name', async () => {
    const orderString = await client.sdkExecute('alipay.trade.app.pay', { out_trade_no: 'A1', total_amount: '9.00', subject: 's' }, { params: { 'a=b': 'v', 'c&d': 'w', 'e f': 'x' } });
    expect(orderString).toContain('&a%3Db=v&');
    expect(orderString).toContain('&c%26d=w&');
    expect(orderString).toContain('&e%20f=x&');
    const carried = Object.fromEntries(new URLSearchParams(orderString));
    expect(carried).toMatchObject({ 'a=b': 'v', 'c&d': 'w', 'e f': 'x' });
    expect(await verifyContent(buildSignContent(carried), carried.sign!, appKey)).toBe(true);
  });
});

describe('the arguments are read once', () => {
  it('an option whose getter changes: the value signed is the value sent', async () => {
    let reads = 0;
    const options = { httpMethod: 'GET' as const, get returnUrl() { reads++; return reads === 1 ? 'https://shop.example/first' : 'https://evil.example/'; } };
    const url = await client.pageExecute('alipay.trade.page.pay', order, options);
    expect(reads).toBe(1);
    const carried = fromUrl(url);
    expect(carried.return_url).toBe('https://shop.example/first');
    expect(await verifyContent(buildSignContent(carried), carried.sign!, appKey)).toBe(true);
    let paramReads = 0;
    const params = { get passback_params() { paramReads++; return paramReads === 1 ? 'ok' : 'a\nb'; } };
    const form = await client.pageExecute('alipay.trade.page.pay', order, { params });
    expect(paramReads).toBe(1);
    expect(form).toContain('name="passback_params" value="ok"');
    let methodReads = 0;
    const flip = { get httpMethod() { methodReads++; return methodReads === 1 ? 'GET' : 'POST'; } };
    expect(await client.pageExecute('alipay.trade.page.pay', order, flip as never)).toMatch(/^https:/);
    expect(methodReads).toBe(1);
  });

  it('options or params that cannot be read: AlipayError, never a TypeError', async () => {
    const throwing = Object.defineProperty({}, 'returnUrl', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    expect(await rejectionOf(() => client.pageExecute('alipay.trade.page.pay', order, throwing))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(await rejectionOf(() => client.sdkExecute('alipay.trade.app.pay', { out_trade_no: 'A', total_amount: '1.00', subject: 's' }, { params: proxy }))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    const biz = Object.defineProperty({ ...order }, 'subject', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(await rejectionOf(() => client.pageExecute('alipay.trade.page.pay', biz))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID', path: 'biz_content' });
  });
});

describe('the page building blocks check what they carry', () => {
  const gateway = 'https://openapi.alipay.com/gateway.do';
  it('buildPageForm, buildPageUrl and buildOrderString refuse as the client does', () => {
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return err;
      }
      return undefined;
    };
    expect(thrown(() => buildPageForm(gateway, { app_id: '1', note: 'a\u0000b' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'note' });
    expect(thrown(() => buildPageForm(gateway, { app_id: '1', submit: 'x' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'submit' });
    expect(buildPageForm(gateway, { app_id: '1', note: 'ok' })).toContain('action="https://openapi.alipay.com/gateway.do?app_id=1"');
    expect(thrown(() => buildPageUrl(gateway, { '': 'x' }))).toMatchObject({ path: '' });
    expect(buildPageUrl(gateway, { submit: 'x', note: 'a\u0000b' })).toBe(`${gateway}?submit=x&note=a%00b`);
    expect(buildOrderString({ sign: 's', 'a=b': 'c d' })).toBe('a%3Db=c%20d&sign=s');
    expect(thrown(() => buildOrderString({ a: 'x\ud800' }))).toMatchObject({ path: 'a' });
    // What a browser does to the URL it is given: the gateway as the URL parser reads it.
    expect(buildPageUrl(' https://openapi.alipay.com/gate\tway.do?x=1 ', { a: '1' })).toBe('https://openapi.alipay.com/gateway.do?x=1&a=1');
    expect(thrown(() => buildPageUrl('not a url', { a: '1' }))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(thrown(() => buildPageForm(gateway, { a: 1 } as never))).toBeInstanceOf(AlipayError);
  });

  it('the exact form, URL and order string (every piece of them pinned)', async () => {
    expect(buildPageForm(gateway, { app_id: '1', sign: 's+/', biz_content: '{"a":"<&>\'"}' })).toBe(
      [
        '<form id="alipay_edge_pay" name="alipay_edge_pay" action="https://openapi.alipay.com/gateway.do?app_id=1&amp;sign=s%2B%2F" method="post" accept-charset="UTF-8">',
        '  <input type="hidden" name="biz_content" value="{&quot;a&quot;:&quot;&lt;&amp;&gt;&#39;&quot;}">',
        '  <noscript><button type="submit">Continue to Alipay</button></noscript>',
        '</form>',
        '<script>HTMLFormElement.prototype.submit.call(document.getElementById("alipay_edge_pay"));</script>',
      ].join('\n'),
    );
    expect(buildPageUrl(`${gateway}?app_id=old&x=1`, { app_id: '1', note: 'a b+c' })).toBe(`${gateway}?x=1&app_id=1&note=a+b%2Bc`);
    expect(buildPageUrl(gateway, {})).toBe(gateway);
    await loadGbk();
    expect(buildOrderString({ sign: 's', a: "会 (x)!~*'-_.+" }, 'GBK')).toBe("a=%BB%E1%20(x)!~*'-_.%2B&sign=s");
    expect(buildOrderString({ sign: 's', a: "会 (x)!~*'-_.+" })).toBe("a=%E4%BC%9A%20(x)!~*'-_.%2B&sign=s");
    expect(buildPageForm(gateway, { app_id: '1', note: '会' }, 'GBK')).toContain('accept-charset="GBK"');
  });

  it('checkCarried: each rule for its carrier only', async () => {
    const ok = (entries: Array<[string, string]>, carrier: 'form' | 'url' | 'app', charset: 'utf-8' | 'GBK' = 'utf-8') => {
      checkCarried(entries, carrier, charset);
      return true;
    };
    expect(ok([['note', 'a\tb']], 'form')).toBe(true);
    expect(() => checkCarried([['note', 'a\nb']], 'form', 'utf-8')).toThrow(/U\+000A in its value/);
    expect(() => checkCarried([['n\u0000', 'v']], 'form', 'utf-8')).toThrow(/U\+0000 in its name/);
    expect(ok([['note', 'a\nb']], 'url')).toBe(true);
    expect(ok([['note', 'a\nb']], 'app')).toBe(true);
    expect(ok([['return_url', 'a\nb'], ['sign', 'x\u0000']], 'form')).toBe(true); // query parameters: percent-encoded
    expect(ok([['submit', 'x']], 'url')).toBe(true);
    await loadGbk();
    expect(ok([['note', '会员\u3000']], 'form', 'GBK')).toBe(true);
    expect(() => checkCarried([['note', '\ue5e5']], 'url', 'GBK')).toThrow(/U\+E5E5/);
    expect(() => checkCarried([['\ue5e5', 'v']], 'app', 'GBK')).toThrow(/GBK/);
    expect(ok([['note', '\ue5e5']], 'url', 'utf-8')).toBe(true);
  });
});
