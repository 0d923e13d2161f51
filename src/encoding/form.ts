// Parsing form bodies (notifications, return URLs): every value decoded exactly once, in the
// charset it was sent in. Apart from charset.ts because only notification checks need it.
import { type Charset } from './charset.ts';
import { utf8 } from './base64.ts';
import { expectString } from '../guard.ts';

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
