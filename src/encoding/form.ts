// Parsing form bodies (notifications, return URLs) exactly as the WHATWG URL Standard's
// application/x-www-form-urlencoded parser does (what `URLSearchParams` gives the merchant), every
// value decoded once, in the charset it was sent in. Any difference from that parser is a place
// where a verdict and the data a merchant reads could differ. Apart from charset.ts because only
// notification checks need it.
import { AlipayError } from '../errors.ts';
import { expectString, readRecord } from '../guard.ts';
import { type Charset, gbkIfLoaded, loadedGbk, normaliseCharset } from './charset.ts';
import { utf8 } from './base64.ts';

/** The value of one hex digit, or -1. */
function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

const refuse = (why: string): never => {
  throw new AlipayError('ERR_REQUEST_INVALID', `The form text is not exactly readable: ${why}.`, { path: 'text' });
};

/**
 * One name or value as bytes: `+` is a space, `%XX` (two hex digits) a byte, any other `%` itself,
 * other characters their UTF-8 bytes (a lone surrogate, which has none, U+FFFD's, as the parser's
 * USVString conversion makes it). With `strict`, a lone surrogate is refused, and a stray `%` in a
 * part that also holds a raw non-ASCII character; with
 * `asciiOnly` (a GBK body), any character that is not ASCII.
 */
function componentBytes(text: string, strict: boolean, asciiOnly: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  let n = 0;
  let stray = false;
  let raw = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2b) bytes[n++] = 0x20;
    else if (c === 0x25 && hexDigit(text.charCodeAt(i + 1)) >= 0 && hexDigit(text.charCodeAt(i + 2)) >= 0) {
      bytes[n++] = hexDigit(text.charCodeAt(i + 1)) * 16 + hexDigit(text.charCodeAt(i + 2));
      i += 2;
    } else if (c < 0x80) {
      stray ||= c === 0x25;
      bytes[n++] = c;
    } else {
      raw = true;
      // A raw (not percent-encoded) character: a GBK body's bytes cannot hold one.
      if (asciiOnly) refuse('a GBK body holds a character that is not percent-encoded');
      const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (strict && !pair && (c & 0xf800) === 0xd800) refuse('a lone surrogate');
      n += utf8.encodeInto(text.slice(i, pair ? i + 2 : i + 1), bytes.subarray(n)).written;
      if (pair) i++;
    }
  }
  // A "%" that starts no escape is itself for the URL Standard, but next to a raw non-ASCII
  // character Node 20's URLSearchParams decodes the whole part another way (byte by code unit).
  if (strict && stray && raw) refuse('a "%" that starts no escape beside a character that is not percent-encoded');
  return bytes.subarray(0, n);
}

/**
 * Parses an `application/x-www-form-urlencoded` text exactly as `URLSearchParams` does for UTF-8:
 * split at `&` (empty parts skipped), each part at its first `=` (a part without one is a name
 * with an empty value), `+` is a space, `%XX` a byte, and the bytes decoded once in `charset`. A
 * byte-order mark is text like any other (U+FEFF is kept, as the URL Standard keeps it); bytes
 * that are not UTF-8 and lone surrogates become U+FFFD. In GBK, two-byte pairs read as the
 * Encoding Standard's index has them once `loadGbk()` has run (the runtime's GBK decoder before).
 *
 * With `fatal` (how notifications are read), what cannot be read one way only is refused instead:
 * bytes that are not UTF-8, a lone surrogate, a `%` that starts no escape in a part holding a
 * character that is not percent-encoded (Node 20's URLSearchParams reads that part otherwise); in GBK anything but the bytes the Encoding
 * Standard's GBK encoder writes, and characters that are not percent-encoded (GBK needs
 * `await loadGbk()` first).
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` (with `fatal`) for text that is not exactly readable;
 * `ERR_CONFIG` for another charset.
 * @example
 * ```ts
 * decodeForm('subject=%BB%E1%D4%B1+%BF%A8', 'GBK'); // [['subject', '会员 卡']]
 * ```
 */
export function decodeForm(text: string, charset: Charset, options?: { fatal?: boolean }): Array<[string, string]> {
  expectString(text, 'text');
  const gbk = normaliseCharset(charset) === 'GBK';
  const fatal = options === undefined ? false : new Map(readRecord(options, 'options')).get('fatal') === true;
  let decode: (bytes: Uint8Array) => string;
  if (gbk && fatal) {
    const { decodeGbkExact } = loadedGbk();
    decode = (bytes) => decodeGbkExact(bytes) ?? refuse('bytes that the GBK encoder does not write');
  } else if (gbk && gbkIfLoaded()) {
    decode = gbkIfLoaded()!.decodeGbk;
  } else {
    const decoder = new TextDecoder(gbk ? 'gbk' : 'utf-8', { fatal, ignoreBOM: true });
    decode = (bytes) => {
      try {
        return decoder.decode(bytes);
      } catch {
        return refuse('bytes that are not UTF-8');
      }
    };
  }
  const component = (raw: string): string => (NEEDS_DECODING.test(raw) ? decode(componentBytes(raw, fatal, gbk && fatal)) : raw);
  const pairs: Array<[string, string]> = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    pairs.push(eq < 0 ? [component(part), ''] : [component(part.slice(0, eq)), component(part.slice(eq + 1))]);
  }
  return pairs;
}

// Plain ASCII without escapes reads the same in both charsets: nothing to decode.
const NEEDS_DECODING = /[%+\u0080-\uffff]/;
