// What a browser or the Alipay app carries to the gateway, written so that what arrives is exactly
// what was signed: the GET URL, the self-submitting POST form (every attribute value escaped, so
// the browser's decoding gives back the signed text), and the app's order string. Each checks its
// parameters (page-checks.ts) and reads them once.
import { type Charset, encoderFor } from '../encoding/charset.ts';
import { expectString, readRecord } from '../guard.ts';
import { type Carrier, checkCarried } from './page-checks.ts';
import { isQueryParam, joinUrl, splitGateway, withQuery } from './request.ts';

/**
 * Escapes text for an HTML attribute value in double quotes: `&` first, then `<`, `>`, `"`, `'`.
 * The browser decodes these references when it reads the form, so it submits the original text.
 *
 * @example
 * ```ts
 * escapeAttribute('a &amp; "b"'); // 'a &amp;amp; &quot;b&quot;'
 * ```
 */
export function escapeAttribute(text: string): string {
  return expectString(text, 'text').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The parameters, read once, every value a string, checked for how they travel. */
function checkParams(params: Record<string, string>, carrier: Carrier, charset: Charset): Array<[string, string]> {
  const entries = readRecord(params, 'params');
  for (const [key, value] of entries) expectString(value, key);
  checkCarried(entries as Array<[string, string]>, carrier, charset);
  return entries as Array<[string, string]>;
}

/** The gateway URL (as a browser parses it) with `entries` in its query. */
function pageUrl(gateway: string, entries: Array<[string, string]>, charset: Charset): string {
  const { base, search, hash } = splitGateway(expectString(gateway, 'gateway'));
  return joinUrl(base, withQuery(search, Object.fromEntries(entries), charset), hash);
}

/**
 * The gateway URL a browser is sent to (GET): every parameter in the query, form-encoded in the
 * request's charset. The gateway URL's own query is kept in front, but for the parameters the
 * request sets itself.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a parameter that cannot arrive as signed.
 * @example
 * ```ts
 * const url = buildPageUrl(GATEWAY_URL, { ...params, sign });
 * ```
 */
export function buildPageUrl(gateway: string, params: Record<string, string>, charset: Charset = 'utf-8'): string {
  return pageUrl(gateway, checkParams(params, 'url', charset), charset);
}

/**
 * A self-submitting HTML form (POST) that sends the browser to the gateway: the common parameters
 * and `sign` in the action URL's query, the others (`biz_content`…) as hidden inputs. Every
 * attribute value is escaped, so the browser submits exactly the signed bytes; what a form would
 * change is refused (page-checks.ts). The script calls HTMLFormElement's own `submit`, which no
 * input can hide.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a parameter that cannot arrive as signed.
 * @example
 * ```ts
 * return new Response(buildPageForm(GATEWAY_URL, { ...params, sign }), { headers: { 'content-type': 'text/html; charset=utf-8' } });
 * ```
 */
export function buildPageForm(gateway: string, params: Record<string, string>, charset: Charset = 'utf-8'): string {
  const entries = checkParams(params, 'form', charset);
  const inputs = entries.filter(([key]) => !isQueryParam(key)).map(([key, value]) => `<input type="hidden" name="${escapeAttribute(key)}" value="${escapeAttribute(value)}">`);
  const action = pageUrl(gateway, entries.filter(([key]) => isQueryParam(key)), charset);
  const label = charset === 'GBK' ? 'GBK' : 'UTF-8';
  return [
    `<form id="alipay_edge_pay" name="alipay_edge_pay" action="${escapeAttribute(action)}" method="post" accept-charset="${label}">`,
    ...inputs.map((input) => `  ${input}`),
    '  <noscript><button type="submit">Continue to Alipay</button></noscript>',
    '</form>',
    '<script>HTMLFormElement.prototype.submit.call(document.getElementById("alipay_edge_pay"));</script>',
  ].join('\n');
}

/**
 * The order string the Alipay app SDK takes (`alipay.trade.app.pay`): `key=value` pairs joined by
 * `&`, each name and value percent-encoded in the request's charset (space as `%20`), `sign` last.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a parameter that cannot arrive as signed.
 * @example
 * ```ts
 * const orderString = buildOrderString({ ...params, sign });
 * ```
 */
export function buildOrderString(params: Record<string, string>, charset: Charset = 'utf-8'): string {
  const entries = checkParams(params, 'app', charset);
  const encode = (text: string) => {
    if (charset !== 'GBK') return encodeURIComponent(text);
    let out = '';
    for (const byte of encoderFor(charset)(text)) {
      const char = String.fromCharCode(byte);
      out += byte < 0x80 && /[A-Za-z0-9\-_.!~*'()]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  const ordered = [...entries.filter(([key]) => key !== 'sign'), ...entries.filter(([key]) => key === 'sign')];
  return ordered.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}
