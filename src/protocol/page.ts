// What a browser or the Alipay app carries to the gateway, written so that what arrives is exactly
// what was signed: the GET URL, the self-submitting POST form (every attribute value escaped, so
// the browser's decoding gives back the signed text), and the app's order string.
import { type Charset, encoderFor } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import { expectRecord, expectString } from '../guard.ts';
import { isQueryParam, withQuery } from './request.ts';

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

function checkParams(params: Record<string, string>): [string, string][] {
  const entries = Object.entries(expectRecord(params, 'params'));
  for (const [key, value] of entries) expectString(value, key);
  return entries as [string, string][];
}

/**
 * The gateway URL a browser is sent to (GET): every parameter in the query, form-encoded in the
 * request's charset. The gateway URL's own query is kept in front, but for the parameters the
 * request sets itself.
 *
 * @example
 * ```ts
 * const url = buildPageUrl(GATEWAY_URL, { ...params, sign });
 * ```
 */
export function buildPageUrl(gateway: string, params: Record<string, string>, charset: Charset = 'utf-8'): string {
  checkParams(params);
  const [base, existing] = splitUrl(gateway);
  return `${base}?${withQuery(existing, params, charset)}`;
}

function splitUrl(gateway: string): [string, string] {
  const url = expectString(gateway, 'gateway');
  try {
    new URL(url);
  } catch (cause) {
    throw new AlipayError('ERR_CONFIG', `gateway is not a URL: ${JSON.stringify(url)}.`, { cause });
  }
  const at = url.indexOf('?');
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at + 1)];
}

/**
 * A self-submitting HTML form (POST) that sends the browser to the gateway: the common parameters
 * and `sign` in the action URL's query, the others (`biz_content`…) as hidden inputs. Every
 * attribute value is escaped, so the browser submits exactly the signed bytes. A value that would
 * travel as an input must not hold a line break (browsers submit `\n` as `\r\n`).
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a line break in an input's value.
 * @example
 * ```ts
 * return new Response(buildPageForm(GATEWAY_URL, { ...params, sign }), { headers: { 'content-type': 'text/html; charset=utf-8' } });
 * ```
 */
export function buildPageForm(gateway: string, params: Record<string, string>, charset: Charset = 'utf-8'): string {
  const entries = checkParams(params);
  const query: Record<string, string> = {};
  const inputs: string[] = [];
  for (const [key, value] of entries) {
    if (isQueryParam(key)) {
      query[key] = value;
      continue;
    }
    if (/[\r\n]/.test(value)) {
      throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" holds a line break, and a browser submits a form field's line breaks as CR LF: the gateway would not see what was signed. Remove it (or put it inside biz_content, where JSON escapes it).`, { path: key });
    }
    inputs.push(`<input type="hidden" name="${escapeAttribute(key)}" value="${escapeAttribute(value)}">`);
  }
  const action = buildPageUrl(gateway, query, charset);
  const label = charset === 'GBK' ? 'GBK' : 'UTF-8';
  return [
    `<form id="alipay_edge_pay" name="alipay_edge_pay" action="${escapeAttribute(action)}" method="post" accept-charset="${label}">`,
    ...inputs.map((input) => `  ${input}`),
    '  <noscript><button type="submit">Continue to Alipay</button></noscript>',
    '</form>',
    '<script>document.getElementById("alipay_edge_pay").submit();</script>',
  ].join('\n');
}

/**
 * The order string the Alipay app SDK takes (`alipay.trade.app.pay`): `key=value` pairs joined by
 * `&`, each value percent-encoded in the request's charset (space as `%20`), `sign` last.
 *
 * @example
 * ```ts
 * const orderString = buildOrderString({ ...params, sign });
 * ```
 */
export function buildOrderString(params: Record<string, string>, charset: Charset = 'utf-8'): string {
  const entries = checkParams(params);
  const encode = (text: string) => {
    if (charset === 'utf-8') return encodeURIComponent(text);
    let out = '';
    for (const byte of encoderFor(charset)(text)) {
      const char = String.fromCharCode(byte);
      out += byte < 0x80 && /[A-Za-z0-9\-_.!~*'()]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  const ordered = [...entries.filter(([key]) => key !== 'sign'), ...entries.filter(([key]) => key === 'sign')];
  return ordered.map(([key, value]) => `${key}=${encode(value)}`).join('&');
}
