// Charsets: UTF-8 first; GBK (and its subset GB2312) for merchants whose systems still use it.
// GBK needs GBK bytes for signing and form encoding. Every runtime has a GBK *decoder*
// (`TextDecoder('gbk')`); the encoder is derived from it on first use instead of shipping a table.
import { AlipayError } from '../errors.ts';
import { utf8 } from './base64.ts';
import { expectRecord, expectString, kind } from '../guard.ts';

/**
 * The charsets the gateway accepts, as this library names them.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, charset: 'GBK' satisfies Charset });
 * ```
 */
export type Charset = 'utf-8' | 'GBK';

/**
 * Normalises a charset name (`utf-8`, `UTF8`, `gbk`, `GB2312`…) to `utf-8` or `GBK`.
 *
 * @throws AlipayError `ERR_CONFIG` for any other charset.
 * @example
 * ```ts
 * normaliseCharset('gb2312'); // 'GBK'
 * ```
 */
export function normaliseCharset(value: string | undefined, name = 'charset'): Charset {
  if (typeof name !== 'string') name = 'charset';
  if (value !== undefined && typeof value !== 'string') throw new AlipayError('ERR_CONFIG', `${name} must be 'utf-8' or 'GBK' (or GB2312), got ${kind(value)}.`);
  const lower = (value ?? 'utf-8').toLowerCase();
  if (lower === 'utf-8' || lower === 'utf8') return 'utf-8';
  if (lower === 'gbk' || lower === 'gb2312') return 'GBK';
  throw new AlipayError('ERR_CONFIG', `${name} must be 'utf-8' or 'GBK' (or GB2312), got ${JSON.stringify(value)}.`);
}

let gbkEncoder: ((text: string) => Uint8Array) | undefined;

/**
 * Loads the GBK encoder (derived from the runtime's GBK decoder; kept out of UTF-8 users' bundles).
 * The client, `signContent`, `verifyContent` and `verifyNotify` call it themselves for GBK.
 *
 * @example
 * ```ts
 * await loadGbk();
 * encodeForm({ subject: '会员卡' }, 'GBK');
 * ```
 */
export async function loadGbk(): Promise<void> {
  gbkEncoder ??= (await import('./gbk.ts')).encodeGbk;
}

/**
 * The byte encoder of a charset: `TextEncoder` for UTF-8, a GBK encoder derived from the
 * runtime's GBK decoder for GBK.
 *
 * @example
 * ```ts
 * encoderFor('GBK')('中'); // Uint8Array [0xd6, 0xd0]
 * ```
 */
export function encoderFor(charset: Charset): (text: string) => Uint8Array {
  if (charset !== 'GBK') return (text) => utf8.encode(text);
  if (!gbkEncoder) throw new AlipayError('ERR_CONFIG', 'The GBK encoder is not loaded: await loadGbk() first.');
  return gbkEncoder;
}

/** A decoder for a charset. */
export function decoderFor(charset: Charset): TextDecoder {
  return new TextDecoder(charset === 'GBK' ? 'gbk' : 'utf-8');
}

const UNRESERVED = /[A-Za-z0-9*\-._]/;

/**
 * `application/x-www-form-urlencoded` serialisation in a charset: unreserved bytes as they are,
 * space as `+`, every other byte as `%XX`.
 *
 * @example
 * ```ts
 * encodeForm({ subject: '会员 卡' }, 'GBK'); // 'subject=%BB%E1%D4%B1+%BF%A8'
 * ```
 */
export function encodeForm(params: Record<string, string>, charset: Charset): string {
  for (const [key, value] of Object.entries(expectRecord(params, 'params'))) expectString(value, key);
  // UTF-8 is exactly what URLSearchParams serialises, natively and faster.
  if (charset === 'utf-8') return new URLSearchParams(params).toString();
  const encode = encoderFor(charset);
  const component = (text: string) => {
    let out = '';
    for (const byte of encode(text)) {
      const char = String.fromCharCode(byte);
      out += byte < 0x80 && UNRESERVED.test(char) ? char : byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  return Object.entries(params)
    .map(([key, value]) => `${component(key)}=${component(value)}`)
    .join('&');
}

/** The value of one hex digit, or -1. */
function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

/**
 * Parses an `application/x-www-form-urlencoded` text, decoding each value exactly once (`+` is a
 * space, `%XX` a byte) and the bytes in `charset`. With `fatal`, bytes that are not text in
 * `charset` (or a lone surrogate) throw instead of becoming U+FFFD: a notification's values must be
 * exactly what was signed.
 *
 * @example
 * ```ts
 * decodeForm('subject=%BB%E1%D4%B1+%BF%A8', 'GBK'); // [['subject', '会员 卡']]
 * ```
 */
export function decodeForm(text: string, charset: Charset, options?: { fatal?: boolean }): Array<[string, string]> {
  expectString(text, 'text');
  const fatal = options?.fatal === true;
  const decoder = new TextDecoder(charset === 'GBK' ? 'gbk' : 'utf-8', { fatal });
  const component = (raw: string): string => {
    // Nothing to decode: plain ASCII without escapes reads the same in both charsets.
    if (!NEEDS_DECODING.test(raw)) return raw;
    const bytes = new Uint8Array(raw.length * 3);
    let n = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c === 0x2b) bytes[n++] = 0x20;
      else if (c === 0x25 && hexDigit(raw.charCodeAt(i + 1)) >= 0 && hexDigit(raw.charCodeAt(i + 2)) >= 0) {
        bytes[n++] = hexDigit(raw.charCodeAt(i + 1)) * 16 + hexDigit(raw.charCodeAt(i + 2));
        i += 2;
      } else if (c < 0x80) bytes[n++] = c;
      else {
        // A raw non-ASCII character in a form body (not percent-encoded): keep it as it is.
        const pair = c >= 0xd800 && c <= 0xdbff && (raw.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        if (fatal && !pair && c >= 0xd800 && c <= 0xdfff) throw new TypeError('a lone surrogate');
        n += utf8.encodeInto(raw.slice(i, pair ? i + 2 : i + 1), bytes.subarray(n)).written;
        if (pair) i++;
      }
    }
    return decoder.decode(bytes.subarray(0, n));
  };
  const pairs: Array<[string, string]> = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(eq < 0 ? [component(part), ''] : [component(part.slice(0, eq)), component(part.slice(eq + 1))]);
  }
  return pairs;
}

const NEEDS_DECODING = /[%+\u0080-\uffff]/;
