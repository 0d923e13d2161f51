// Byte helpers on Web APIs only (atob/btoa, TextEncoder): no Buffer, so the same code runs in
// Node, Deno and workerd.

/** UTF-8 encoder shared by the module (creating one per call is measurable on the hot path). */
export const utf8 = new TextEncoder();

// One character class, no nested quantifier: linear in the input, no backtracking, no recursion
// (a grouped `(?:…{4})*` overflows the regular-expression stack on a few megabytes).
const BASE64_ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Strict standard base64 (RFC 4648 §4, padded, canonical) to bytes, or `undefined` when the text
 * is not exactly that. `atob` alone would accept missing padding, stray whitespace and non-zero
 * padding bits: several spellings of one signature. Only one spelling is accepted.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !BASE64_ALPHABET.test(text)) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (padding > 0) {
    // The bits after the last byte must be zero: 4 of them before "==", 2 before "=".
    const last = ALPHABET.indexOf(text[text.length - padding - 1]!);
    if (last < 0 || (last & (padding === 2 ? 0x0f : 0x03)) !== 0) return undefined;
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes to standard padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
}
