// Charsets: UTF-8 first; GBK (and its subset GB2312) for merchants whose systems still use it.
// GBK needs GBK bytes for signing and form encoding. Every runtime has a GBK *decoder*
// (`TextDecoder('gbk')`); the encoder is derived from it on first use instead of shipping a table.
import { AlipayError } from '../errors.ts';
import { utf8 } from './base64.ts';
import { expectString, kind, readRecord, wellFormed } from '../guard.ts';

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

let gbk: typeof import('./gbk.ts') | undefined;

/**
 * Loads GBK (the Encoding Standard's GBK encoder, read from the runtime's GBK decoder; kept out of
 * UTF-8 users' bundles). The client, `signContent`, `verifyContent` and `verifyNotify` call it
 * themselves for GBK.
 *
 * @throws AlipayError `ERR_CONFIG` when the runtime's GBK decoder does not follow the standard.
 * @example
 * ```ts
 * await loadGbk();
 * encodeForm({ subject: '会员卡' }, 'GBK');
 * ```
 */
export async function loadGbk(): Promise<void> {
  if (gbk) return;
  const module = await import('./gbk.ts');
  module.gbkTables();
  gbk = module;
}

/** The GBK module when loadGbk() has loaded it. */
export const gbkIfLoaded = (): typeof import('./gbk.ts') | undefined => gbk;

/** The loaded GBK module, or ERR_CONFIG naming the fix. */
export function loadedGbk(): typeof import('./gbk.ts') {
  if (!gbk) throw new AlipayError('ERR_CONFIG', 'The GBK encoder is not loaded: await loadGbk() first.');
  return gbk;
}

/**
 * The byte encoder of a charset: `TextEncoder` for UTF-8; for GBK, the Encoding Standard's GBK
 * encoder (what a browser submits a GBK form with), which refuses what it cannot encode.
 *
 * @throws AlipayError `ERR_CONFIG` for another charset, or GBK before `loadGbk()`.
 * @example
 * ```ts
 * encoderFor('GBK')('中'); // Uint8Array [0xd6, 0xd0]
 * ```
 */
export function encoderFor(charset: Charset): (text: string) => Uint8Array {
  const encode = normaliseCharset(charset) === 'GBK' ? loadedGbk().encodeGbk : (text: string) => utf8.encode(text);
  return (text) => encode(expectString(text, 'text'));
}

/** A decoder for a charset. */
export function decoderFor(charset: Charset): TextDecoder {
  return new TextDecoder(charset === 'GBK' ? 'gbk' : 'utf-8');
}

const UNRESERVED = /[A-Za-z0-9*\-._]/;

/**
 * `application/x-www-form-urlencoded` serialisation in a charset: unreserved bytes as they are,
 * space as `+`, every other byte as `%XX`. Each key and value is read once.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a value that is not a string, a lone surrogate, or
 * (GBK) a character GBK cannot encode; `ERR_CONFIG` for another charset.
 * @example
 * ```ts
 * encodeForm({ subject: '会员 卡' }, 'GBK'); // 'subject=%BB%E1%D4%B1+%BF%A8'
 * ```
 */
export function encodeForm(params: Record<string, string>, charset: Charset): string {
  const entries = readRecord(params, 'params');
  for (const [key, value] of entries) {
    expectString(value, key);
    if (!wellFormed(key) || !wellFormed(value as string)) throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" holds a lone UTF-16 surrogate (a broken character): it has no bytes to send.`, { path: key });
  }
  // UTF-8 is exactly what URLSearchParams serialises, natively and faster.
  if (normaliseCharset(charset) === 'utf-8') return new URLSearchParams(entries as Array<[string, string]>).toString();
  const encode = encoderFor('GBK');
  const component = (text: string) => {
    let out = '';
    for (const byte of encode(text)) {
      const char = String.fromCharCode(byte);
      out += byte < 0x80 && UNRESERVED.test(char) ? char : byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  return entries.map(([key, value]) => `${component(key)}=${component(value as string)}`).join('&');
}
