// `npm run test:browser`: a real headless Chromium carries pageExecute's forms and URLs to the mock
// gateway's HTTP server, for hostile values (quotes, &amp;, <, ', Chinese, emoji, line breaks…),
// and the gateway verifies the signature of what the browser actually sent. A control case builds
// the form the way the official SDK does (only `"` escaped) and must be refused: the check can fail.
// A browser that cannot start is a failure, never a skip. Prints "browser: N passed, M failed".
import { existsSync, mkdtempSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { AlipayClient, AlipayError } from '../../../src/index.ts';
import { buildRequestParams, buildSignContent, encodeForm, importPrivateKey, loadGbk } from '../../../src/protocol.ts';
import { encodeBase64 } from '../../../src/encoding/base64.ts';
import { encodeGbk } from '../../../src/encoding/gbk.ts';
import { isFormMember } from '../../../src/protocol/page-checks.ts';
import { escapeAttribute } from '../../../src/protocol/page.ts';
import { generateKeyPair } from '../../../mocks/index.ts';
import { startMockServer } from '../../../mocks/server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
if (!CHROMIUM) {
  console.error('browser: no Chromium found (install Debian\'s chromium package, or set CHROMIUM_PATH)');
  console.log('browser: 0 passed, 1 failed');
  process.exit(1);
}

const app = await generateKeyPair();
const mock = await startMockServer({ appPublicKey: app.publicKey });
const alipay = new AlipayClient({ appId: mock.gateway.appId, privateKey: app.privateKey, alipayPublicKey: mock.gateway.alipayPublicKey, gateway: mock.gatewayUrl });
const gbkAlipay = new AlipayClient({ appId: mock.gateway.appId, privateKey: app.privateKey, alipayPublicKey: mock.gateway.alipayPublicKey, gateway: mock.gatewayUrl, charset: 'GBK' });

/** The merchant's pages: each case's form, served from another origin than the gateway. */
const pages = new Map<string, string>();
const site: Server = createServer((req, res) => {
  if (req.url === '/gbk-probe') {
    res.writeHead(200, { 'content-type': 'text/html; charset=gbk' }).end('<!doctype html><html><head><meta charset="gbk"></head><body>GBK</body></html>');
    return;
  }
  const html = pages.get(req.url ?? '');
  res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
});
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

const hostile = [
  `会员卡 "Gold" it's <b>&amp; ~!*() +/?=%`,
  `&lt;script&gt; &#39;q&#39; &copy 2024 &para=1 &amp;amp;`,
  `emoji 😀 中文 \u00a0nbsp 'single' "double" <>&`,
  // Line breaks travel inside biz_content, which escapes them (\n in its JSON): what the browser
  // submits is what was signed. A top-level value with a line break is refused before signing
  // (test/client/page.test.ts), so passback_params below carries the subject without them.
  `line one\nline two\r\nthree\ttab`,
];
const biz = (no: string, subject: string) => ({ out_trade_no: no, total_amount: '88.88', subject, product_code: 'FAST_INSTANT_TRADE_PAY' });

interface Case {
  name: string;
  /** Opens the case in the page: navigates to a URL, or to the merchant page holding a form. */
  url: string;
  outTradeNo: string;
  /** Whether the gateway must accept it. */
  accepted: boolean;
  /** Whether the page reaches the gateway at all (false: the form is never submitted). */
  sent?: boolean;
}

const cases: Case[] = [];
let n = 0;
for (const subject of hostile) {
  n++;
  const extra = { passback_params: subject.slice(0, 40).replace(/[\r\n]+/g, ' '), quit_url: `https://shop.example.com/quit?x=1&y=${encodeURIComponent(subject.slice(0, 10))}` };
  const form = await alipay.pageExecute('alipay.trade.page.pay', biz(`POST${n}`, subject), { returnUrl: 'https://shop.example.com/paid?order=1&x=a b', notifyUrl: 'https://shop.example.com/notify', params: extra });
  pages.set(`/post/${n}`, `<!doctype html><html><head><meta charset="utf-8"></head><body>${form}</body></html>`);
  cases.push({ name: `POST form, subject ${JSON.stringify(subject)}`, url: `${siteUrl}/post/${n}`, outTradeNo: `POST${n}`, accepted: true });
  const url = await alipay.pageExecute('alipay.trade.wap.pay', { ...biz(`GET${n}`, subject), product_code: 'QUICK_WAP_WAY' }, { httpMethod: 'GET', returnUrl: 'https://shop.example.com/paid?order=1&x=a b', params: extra });
  cases.push({ name: `GET URL, subject ${JSON.stringify(subject)}`, url, outTradeNo: `GET${n}`, accepted: true });
}
// The control: our signed parameters in a form escaped as the official SDK escapes (only `"`).
{
  const form = await alipay.pageExecute('alipay.trade.page.pay', biz('SDKSTYLE', hostile[0]!));
  const sdkStyle = form.replace(/value="([^"]*)"/g, (_, value: string) => `value="${value.replace(/&quot;/g, '\u0000').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\u0000/g, '&quot;')}"`);
  pages.set('/sdk-style', `<!doctype html><html><head><meta charset="utf-8"></head><body>${sdkStyle}</body></html>`);
  cases.push({ name: 'control: the official SDK\'s escaping (only ") of the same form', url: `${siteUrl}/sdk-style`, outTradeNo: 'SDKSTYLE', accepted: false });
}

// What pageExecute refuses, shown in the browser: forms built by hand, without our checks, signed
// over what they hold, carrying what we refuse. The browser changes it, so the gateway refuses.
const signer = await importPrivateKey(app.privateKey);
/** A form like ours (values escaped, common parameters in the action URL), signed over `bytes(content)`. */
async function handForm(no: string, extra: Record<string, string>, options: { charset?: 'utf-8' | 'GBK'; script?: string; signBytes?: (content: string) => Uint8Array } = {}): Promise<string> {
  const charset = options.charset ?? 'utf-8';
  const params = buildRequestParams({ appId: mock.gateway.appId, method: 'alipay.trade.page.pay', signType: 'RSA2', format: false, charset, bizContent: biz(no, extra.subject ?? '会员卡'), params: Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'subject')) });
  const content = buildSignContent(params);
  const bytes = (options.signBytes ?? ((text: string) => new TextEncoder().encode(text)))(content);
  params.sign = encodeBase64(new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', signer, bytes as Uint8Array<ArrayBuffer>)));
  const common = ['app_id', 'method', 'charset', 'sign_type', 'sign', 'timestamp', 'version'];
  const query = encodeForm(Object.fromEntries(Object.entries(params).filter(([k]) => common.includes(k))), 'utf-8');
  const inputs = Object.entries(params).filter(([k]) => !common.includes(k)).map(([k, v]) => `<input type="hidden" name="${escapeAttribute(k)}" value="${escapeAttribute(v)}">`);
  const script = options.script ?? 'HTMLFormElement.prototype.submit.call(document.getElementById("f"));';
  return `<form id="f" action="${escapeAttribute(`${mock.gatewayUrl}?${query}`)}" method="post" accept-charset="${charset === 'GBK' ? 'GBK' : 'UTF-8'}">${inputs.join('')}</form><script>${script}</script>`;
}
const refusals: Array<[string, () => Promise<unknown>, string]> = [];
let h = 0;
const handCase = async (name: string, form: Promise<string>, no: string, accepted: boolean, sent = true) => {
  pages.set(`/hand/${++h}`, `<!doctype html><html><head><meta charset="utf-8"></head><body>${await form}</body></html>`);
  cases.push({ name, url: `${siteUrl}/hand/${h}`, outTradeNo: no, accepted, sent });
};
// NUL: refused by pageExecute; a hand-built form carrying it reaches the gateway as U+FFFD.
refusals.push(['pageExecute refuses a NUL in a form field', () => alipay.pageExecute('alipay.trade.page.pay', biz('NUL0', 'x'), { params: { passback_params: 'a\u0000b' } }), 'passback_params']);
await handCase('control: a NUL in a hand-built form field (the browser sends U+FFFD)', handForm('NUL1', { passback_params: 'a\u0000b' }), 'NUL1', false);
{
  const url = await alipay.pageExecute('alipay.trade.page.pay', biz('NUL2', 'x'), { httpMethod: 'GET', params: { passback_params: 'a\u0000b\u0001\ufdd0' } });
  cases.push({ name: 'GET URL, a NUL, a control and a non-character percent-encoded (arrive as signed)', url, outTradeNo: 'NUL2', accepted: true });
}
// A field named like a form member: refused; by hand, it hides form.submit (the form is never
// sent) but not HTMLFormElement.prototype.submit, which our script calls.
refusals.push(['pageExecute refuses a field named submit', () => alipay.pageExecute('alipay.trade.page.pay', biz('SUB0', 'x'), { params: { submit: 'x' } }), 'submit']);
refusals.push(['pageExecute refuses a field named _CHARSET_', () => alipay.pageExecute('alipay.trade.page.pay', biz('SUB0', 'x'), { params: { _CHARSET_: 'x' } }), '_CHARSET_']);
await handCase('control: a field named submit with form.submit() (the form is never sent)', handForm('SUB1', { submit: 'x' }, { script: 'document.getElementById("f").submit();' }), 'SUB1', false, false);
await handCase('a field named submit with our HTMLFormElement.prototype.submit call (sent, verified)', handForm('SUB2', { submit: 'x' }), 'SUB2', true);
await handCase('control: a field named _charset_ (the browser sends the charset\'s name)', handForm('CHR1', { _charset_: 'x' }), 'CHR1', false);
// GBK forms: what the Encoding Standard's GBK encoder encodes is signed as its bytes; U+E5E5,
// which a decoder-derived table signed as A3A0, is refused; by hand the browser sends &#58853;.
await loadGbk();
const gbkSubject = `会员卡 \u3000€\u2e81\ufe10\ue78d\u303e 中文 "q" &amp;`;
{
  const form = await gbkAlipay.pageExecute('alipay.trade.page.pay', biz('GBK1', gbkSubject), { params: { passback_params: '会员\u3000卡' } });
  pages.set('/gbk/1', `<!doctype html><html><head><meta charset="utf-8"></head><body>${form}</body></html>`);
  cases.push({ name: `GBK POST form, subject ${JSON.stringify(gbkSubject)}`, url: `${siteUrl}/gbk/1`, outTradeNo: 'GBK1', accepted: true });
  const url = await gbkAlipay.pageExecute('alipay.trade.wap.pay', { ...biz('GBK2', gbkSubject), product_code: 'QUICK_WAP_WAY' }, { httpMethod: 'GET' });
  cases.push({ name: 'GBK GET URL, the same subject', url, outTradeNo: 'GBK2', accepted: true });
}
refusals.push(['pageExecute (GBK) refuses U+E5E5', () => gbkAlipay.pageExecute('alipay.trade.page.pay', biz('GBK0', 'a\ue5e5')), 'biz_content']);
const a3a0 = (content: string) => {
  const [before, after] = content.split('\ue5e5') as [string, string];
  return new Uint8Array([...encodeGbk(before), 0xa3, 0xa0, ...encodeGbk(after)]);
};
await handCase('control: GBK form with U+E5E5 signed as A3A0 (the browser sends &#58853;)', handForm('GBK3', { subject: 'a\ue5e5' }, { charset: 'GBK', signBytes: a3a0 }), 'GBK3', false);

const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir: mkdtempSync(join(tmpdir(), 'alipay-edge-chromium-')),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
console.log(`browser: ${await browser.version()}`);
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  for (const [name, call, path] of refusals) {
    const err = await call().then(() => undefined, (caught: unknown) => caught);
    const ok = err instanceof AlipayError && err.code === 'ERR_REQUEST_INVALID' && err.path === path;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name} → ${err instanceof AlipayError ? `${err.code} at ${err.path}` : 'not refused'}`);
    if (ok) passed++;
    else failed++;
  }
  // Every member of a real form element is a name pageExecute refuses for a form field.
  {
    await page.setContent('<form id="f"></form>');
    const members = await page.evaluate(() => {
      const names = new Set<string>();
      for (let o: object | null = document.getElementById('f'); o; o = Object.getPrototypeOf(o)) for (const name of Object.getOwnPropertyNames(o)) names.add(name);
      return [...names];
    });
    const missed = members.filter((name) => !isFormMember(name));
    console.log(`${missed.length === 0 ? 'PASS' : 'FAIL'} the ${members.length} members of this browser's form element are refused as field names${missed.length ? `: missed ${missed.join(', ')}` : ''}`);
    if (missed.length === 0) passed++;
    else failed++;
  }
  // The browser's GBK encoder, for every code point of the BMP and some beyond, against ours.
  {
    {
      await page.goto(`${siteUrl}/gbk-probe`, { waitUntil: 'load' });
      const encoded = await page.evaluate(() => {
        const a = document.createElement('a');
        const out: Record<number, string> = {};
        const points: number[] = [];
        for (let c = 0x80; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) points.push(c);
        points.push(0x10000, 0x20087, 0x1f600);
        for (let i = 0; i < points.length; i += 512) {
          const chunk = points.slice(i, i + 512);
          a.href = `?${chunk.map((c) => String.fromCodePoint(c)).join('!')}`;
          const parts = a.search.slice(1).split('!');
          chunk.forEach((c, j) => (out[c] = parts[j]!));
        }
        return out;
      });
      const bytes = (text: string) => [...text.matchAll(/%([0-9A-F]{2})|([^%])/g)].map(([, hex, char]) => (hex ? parseInt(hex, 16) : char!.charCodeAt(0))).join(',');
      let differ = 0;
      let encodable = 0;
      const examples: string[] = [];
      for (const [point, text] of Object.entries(encoded)) {
        const theirs = text.startsWith('%26%23') ? undefined : bytes(text);
        let ours: string | undefined;
        try {
          ours = [...encodeGbk(String.fromCodePoint(Number(point)))].join(',');
        } catch {
          ours = undefined;
        }
        if (theirs !== undefined) encodable++;
        if (theirs !== ours) {
          differ++;
          examples.push(`U+${Number(point).toString(16).toUpperCase()}`);
        }
      }
      console.log(`${differ === 0 && encodable > 20_000 ? 'PASS' : 'FAIL'} GBK: the browser encodes ${encodable} of ${Object.keys(encoded).length} code points, our encoder the same set with the same bytes${differ ? `; ${differ} differ: ${examples.slice(0, 10).join(' ')}` : ''}`);
      if (differ === 0 && encodable > 20_000) passed++;
      else failed++;
    }
  }
  for (const c of cases) {
    await page.goto(c.url, { waitUntil: 'load', timeout: 30_000 });
    if (c.sent === false) {
      // A form that never submits: give it a second, then it must still be on the merchant's page.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const stayed = page.url().startsWith(siteUrl) && !mock.gateway.state.trades.has(c.outTradeNo);
      console.log(`${stayed ? 'PASS' : 'FAIL'} ${c.name} → ${stayed ? 'never sent' : `went to ${page.url()}`}`);
      if (stayed) passed++;
      else failed++;
      continue;
    }
    // A form submits itself: wait for the gateway's page.
    if (!page.url().startsWith(mock.gatewayUrl)) await page.waitForNavigation({ waitUntil: 'load', timeout: 30_000 });
    const text = await page.evaluate(() => document.body.innerText);
    const verified = text.includes('signature verified');
    const trade = mock.gateway.state.trades.get(c.outTradeNo);
    const ok = c.accepted ? verified && trade?.trade_status === 'WAIT_BUYER_PAY' : !verified && /isv\.invalid-signature/.test(text) && trade === undefined;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${c.name} → ${verified ? 'gateway verified the signature' : text.split('\n').filter(Boolean).slice(0, 2).join(' / ')}`);
    if (ok) passed++;
    else failed++;
  }
} finally {
  await browser.close();
  await mock.close();
  site.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
