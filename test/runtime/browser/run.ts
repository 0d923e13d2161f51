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
import { AlipayClient } from '../../../src/index.ts';
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

/** The merchant's pages: each case's form, served from another origin than the gateway. */
const pages = new Map<string, string>();
const site: Server = createServer((req, res) => {
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
  for (const c of cases) {
    await page.goto(c.url, { waitUntil: 'load', timeout: 30_000 });
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
