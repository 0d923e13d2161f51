// The GBK encoder, derived on first use from the runtime's GBK decoder (TextDecoder('gbk') exists
// in Node, Deno and workerd) instead of shipping a table. Loaded by loadGbk() in charset.ts.
import { AlipayError } from '../errors.ts';

let gbkTable: Map<number, number> | undefined;

/** Code point → GBK double byte (lead << 8 | trail), derived once from the runtime's decoder. */
function gbk(): Map<number, number> {
  if (gbkTable) return gbkTable;
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      const code = text.codePointAt(0)!;
      // One character, not a replacement: a valid GBK pair. The first pair for a character wins.
      if (text.length === 1 && code !== 0xfffd && !table.has(code)) table.set(code, (lead << 8) | trail);
    }
  }
  table.set(0x20ac, 0x80); // the euro sign is the single byte 0x80 in GBK
  gbkTable = table;
  return table;
}

/** Encodes text as GBK bytes. */
export function encodeGbk(text: string): Uint8Array {
  const table = text.length > 0 && /[^\x00-\x7f]/.test(text) ? gbk() : undefined;
  const out = new Uint8Array(text.length * 2);
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      out[length++] = code;
      continue;
    }
    const bytes = table!.get(code);
    if (bytes === undefined) {
      throw new AlipayError('ERR_REQUEST_INVALID', `The character ${JSON.stringify(char)} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) cannot be encoded in GBK; use charset utf-8.`);
    }
    if (bytes < 0x100) out[length++] = bytes;
    else {
      out[length++] = bytes >> 8;
      out[length++] = bytes & 0xff;
    }
  }
  return out.subarray(0, length);
}
