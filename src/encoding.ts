// Byte helpers on Web APIs only (atob/btoa, TextEncoder): no Buffer, so the same code runs in
// Node, Deno and workerd.

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** UTF-8 encoder shared by the module (creating one per call is measurable on the hot path). */
export const utf8 = new TextEncoder();

/**
 * Strict standard base64 (RFC 4648 §4, padded) to bytes, or `undefined` when the text is not
 * exactly that. `atob` alone would accept missing padding and stray whitespace, and a lenient
 * decoder turns a forged 345-character signature into bytes that happen to verify elsewhere.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
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
