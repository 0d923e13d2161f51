// GBK exactly as the WHATWG Encoding Standard defines it: the encoder a browser submits a GBK form
// with, so what is signed is what the browser sends. The index is read on first use from the
// runtime's GBK decoder (TextDecoder('gbk') exists in Node, Deno, Bun and workerd) instead of a
// shipped table; the places where runtimes' decoders differ from the standard's index are set
// right here, and a digest of the result proves it is the standard's index, or GBK is refused.
// Loaded by loadGbk() in charset.ts.
import { AlipayError } from '../errors.ts';

/** Two-byte pointers: lead 0x81–0xFE × 190 trails (0x40–0x7E, 0x80–0xFE). */
const POINTERS = 126 * 190;
/**
 * Pointer → code point (4 hex digits each) where the standard's index gb18030 differs from a
 * runtime's decoder: ICU's GBK in Node (PUA for A2E3, A3A0, A6D9…, A8BC, A8BF, A989…, FE50…, the
 * GB18030-2000 mappings) and workerd (the 18 of GB18030-2022 that Deno and Bun already decode).
 */
const CORRECTIONS =
  '192020ac199b30001c0efe101c0ffe121c10fe111c11fe131c12fe141c13fe151c14fe161c21fe171c22fe181c28fe191d6d1e3f1d7001f91df8303e1df92ff01dfa2ff11dfb2ff21dfc2ff31dfd2ff41dfe2ff51dff2ff61e002ff71e012ff81e022ff91e032ffa1e042ffb' +
  '5cd62e815cda2e845cdb34735cdc34475cdd2e885cde2e8b5cdf9fb45ce0359e5ce1361a5ce2360e5ce32e8c5ce42e975ce5396e5ce639185ce79fb55ce839cf5ce939df5cea3a735ceb39d05cec9fb65ced9fb75cee3b4e5cef3c6e5cf03ce05cf12ea75cf39fb85cf42eaa' +
  '5cf540565cf6415f5cf72eae5cf843375cf92eb35cfa2eb65cfb2eb75cfd43b15cfe43ac5cff2ebb5d0043dd5d0144d65d0246615d03464c5d049fb95d0547235d0647295d07477c5d08478d5d092eca5d0a49475d0b497a5d0c497d5d0d49825d0e49835d0f4985' +
  '5d1049865d11499f5d12499b5d1349b75d1449b65d159fba5d174ca35d184c9f5d194ca05d1a4ca15d1b4c775d1c4ca25d1d4d135d1e4d145d1f4d155d204d165d214d175d224d185d234d195d244dae5d259fbb';
/**
 * The encoder-only table (code point → pointer): the 18 PUA code points GB18030-2005 had where
 * GB18030-2022 put real characters still encode to those bytes (the standard's gb18030 encoder,
 * step 5; Chromium does the same).
 */
const PUA_ENCODER = 'e78d1c0ee78e1c0fe78f1c10e7901c11e7911c12e7921c13e7931c14e7941c21e7951c22e7961c28e81e5cdfe8265ce7e82b5cece82c5cede8325cf3e8435d04e8545d15e8645d25';
/** FNV-1a over the index's 23,940 code points (low byte, then high byte), as the standard has them. */
const INDEX_DIGEST = 0xf1ec0d72;

interface Tables {
  /** pointer → code point (index gb18030) */
  index: Uint16Array;
  /** code point → pointer, as the encoder writes it */
  encoder: Map<number, number>;
}

let tables: Tables | undefined;

/** The runtime's GBK decoder read into the standard's index, checked against its digest. */
function readIndex(): Uint16Array {
  const bytes = new Uint8Array(POINTERS * 2);
  for (let pointer = 0; pointer < POINTERS; pointer++) {
    const trail = pointer % 190;
    bytes[pointer * 2] = 0x81 + Math.floor(pointer / 190);
    bytes[pointer * 2 + 1] = trail + (trail < 0x3f ? 0x40 : 0x41);
  }
  const text = new TextDecoder('gbk').decode(bytes);
  const index = new Uint16Array(POINTERS);
  for (let pointer = 0; pointer < POINTERS; pointer++) index[pointer] = text.charCodeAt(pointer);
  for (let at = 0; at < CORRECTIONS.length; at += 8) index[parseInt(CORRECTIONS.slice(at, at + 4), 16)] = parseInt(CORRECTIONS.slice(at + 4, at + 8), 16);
  let digest = 0x811c9dc5;
  for (let pointer = 0; pointer < POINTERS; pointer++) {
    digest = Math.imul(digest ^ (index[pointer]! & 0xff), 0x01000193) >>> 0;
    digest = Math.imul(digest ^ (index[pointer]! >> 8), 0x01000193) >>> 0;
  }
  // (A decoder that wrote more or fewer characters shifts every pointer: the digest differs too.)
  if (digest !== INDEX_DIGEST) {
    throw new AlipayError('ERR_CONFIG', "This runtime's GBK decoder (TextDecoder('gbk')) does not follow the Encoding Standard's index, so GBK text cannot be signed as a browser sends it; use charset utf-8.");
  }
  return index;
}

/** The index and the encoder's table, built once. */
export function gbkTables(): Tables {
  if (tables) return tables;
  const index = readIndex();
  const encoder = new Map<number, number>();
  // The first pointer of a code point is the one the encoder writes (U+3000 is A1A1, not A3A0).
  for (let pointer = 0; pointer < POINTERS; pointer++) if (!encoder.has(index[pointer]!)) encoder.set(index[pointer]!, pointer);
  for (let at = 0; at < PUA_ENCODER.length; at += 8) encoder.set(parseInt(PUA_ENCODER.slice(at, at + 4), 16), parseInt(PUA_ENCODER.slice(at + 4, at + 8), 16));
  // U+20AC is the single byte 0x80 (encodeGbk), not A2E3. (U+E5E5, an error for the standard's
  // encoder, is in no pointer: the index has A3A0 as U+3000, and the digest proves it.)
  encoder.delete(0x20ac);
  tables = { index, encoder };
  return tables;
}

const describe = (code: number) => `${JSON.stringify(String.fromCodePoint(code))} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;

/**
 * Encodes text as GBK bytes, exactly as the Encoding Standard's GBK encoder (a browser's) does.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a character that encoder cannot encode (a browser
 * would send it as `&#NNNN;`).
 */
export function encodeGbk(text: string): Uint8Array {
  const { encoder } = gbkTables();
  const out = new Uint8Array(text.length * 2);
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out[length++] = code;
      continue;
    }
    if (code === 0x20ac) {
      out[length++] = 0x80;
      continue;
    }
    const pointer = encoder.get(code);
    if (pointer === undefined) throw new AlipayError('ERR_REQUEST_INVALID', `The character ${describe(code)} cannot be encoded in GBK (a browser would send it as "&#${code};"); use charset utf-8.`);
    const trail = pointer % 190;
    out[length++] = 0x81 + Math.floor(pointer / 190);
    out[length++] = trail + (trail < 0x3f ? 0x40 : 0x41);
  }
  return out.subarray(0, length);
}

/**
 * Decodes GBK bytes that the standard's GBK encoder could have written, and only those: ASCII,
 * 0x80 (€) and two-byte pairs in the form the encoder writes them. Anything else (a four-byte
 * GB18030 sequence, a pair that decodes to a character encoded otherwise, a broken pair) is
 * `undefined`: bytes that are not exactly what was signed.
 */
export function decodeGbkExact(bytes: Uint8Array): string | undefined {
  const { index, encoder } = gbkTables();
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) text += String.fromCharCode(lead);
    else if (lead === 0x80) text += '\u20ac';
    else {
      // (Lead 0xFF points past the index: no code point there has that pointer.)
      const trail = bytes[i + 1] ?? 0;
      if (trail < 0x40 || trail === 0x7f || trail === 0xff) return undefined;
      const pointer = (lead - 0x81) * 190 + trail - (trail < 0x7f ? 0x40 : 0x41);
      const code = index[pointer]!;
      if (encoder.get(code) !== pointer) return undefined;
      text += String.fromCharCode(code);
      i++;
    }
  }
  return text;
}

let fallback: TextDecoder | undefined;

/**
 * Decodes GBK bytes leniently: ASCII, 0x80 and two-byte pairs as the Encoding Standard's index
 * reads them (whatever the runtime's decoder says), four-byte GB18030 sequences by the runtime's
 * gb18030 decoder, anything broken as U+FFFD (an ASCII byte after a broken lead is read again).
 */
export function decodeGbk(bytes: Uint8Array): string {
  const { index } = gbkTables();
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    const trail = bytes[i + 1];
    if (lead < 0x80) text += String.fromCharCode(lead);
    else if (lead === 0x80) text += '\u20ac';
    else if (lead === 0xff || trail === undefined) text += '\ufffd';
    else if (trail >= 0x30 && trail <= 0x39) {
      text += (fallback ??= new TextDecoder('gb18030')).decode(bytes.subarray(i, i + 4));
      i += 3;
    } else if (trail < 0x40 || trail === 0x7f || trail === 0xff) {
      text += '\ufffd';
      if (trail >= 0x80) i++;
    } else {
      text += String.fromCharCode(index[(lead - 0x81) * 190 + trail - (trail < 0x7f ? 0x40 : 0x41)]!);
      i++;
    }
  }
  return text;
}
