// A minimal DER reader and writer: just enough to tell key formats apart, wrap PKCS#1 keys for
// WebCrypto (which imports PKCS#8 and SPKI only) and, later, read certificates.

/** One DER element: its tag and where its header, content and end are in the source bytes. */
export interface DerElement {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just past the content (and the element). */
  end: number;
}

/** Thrown on malformed DER; callers translate it into the right `AlipayError`. */
export class DerError extends Error {}

export const TAG_INTEGER = 0x02;
export const TAG_BIT_STRING = 0x03;
export const TAG_OCTET_STRING = 0x04;
export const TAG_NULL = 0x05;
export const TAG_OID = 0x06;
export const TAG_SEQUENCE = 0x30;

/** Reads the element starting at `offset`, checking that it fits inside `limit`. */
export function readElement(bytes: Uint8Array, offset: number, limit = bytes.length): DerElement {
  if (offset + 2 > limit) throw new DerError('truncated DER header');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte DER tags are not supported');
  let length = bytes[offset + 1]!;
  let contentStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // Indefinite lengths are BER, not DER; four bytes cover any key or certificate.
    if (count === 0 || count > 4) throw new DerError('unsupported DER length');
    if (contentStart + count > limit) throw new DerError('truncated DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[contentStart + i]!;
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerError('DER element overruns its container');
  return { tag, start: offset, contentStart, end };
}

/** The elements directly inside a constructed element (a SEQUENCE, say). */
export function readChildren(bytes: Uint8Array, parent: DerElement): DerElement[] {
  const children: DerElement[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readElement(bytes, offset, parent.end);
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** Reads `bytes` as exactly one element, with nothing after it. */
export function readRoot(bytes: Uint8Array): DerElement {
  const root = readElement(bytes, 0);
  if (root.end !== bytes.length) throw new DerError('trailing bytes after DER element');
  return root;
}

/** The content bytes of an element (a view, not a copy). */
export function contentOf(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.contentStart, element.end);
}

/** Dotted-decimal text of an OBJECT IDENTIFIER's content bytes. */
export function decodeOid(content: Uint8Array): string {
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if (arcs.length === 0 || content[content.length - 1]! & 0x80) throw new DerError('malformed OID');
  // The first sub-identifier packs the first two arcs (X.690 §8.19.4).
  const first = arcs[0]!;
  const top = first < 40 ? 0 : first < 80 ? 1 : 2;
  return [top, first - top * 40, ...arcs.slice(1)].join('.');
}

/**
 * Encodes one element from its tag and content.
 *
 * @example
 * ```ts
 * encodeElement(0x02, new Uint8Array([1])); // INTEGER 1: 02 01 01
 * ```
 */
export function encodeElement(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0);
  const header: number[] = [tag];
  if (length < 0x80) header.push(length);
  else {
    const lengthBytes: number[] = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthBytes.unshift(rest & 0xff);
    header.push(0x80 | lengthBytes.length, ...lengthBytes);
  }
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let offset = header.length;
  for (const part of contents) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * OBJECT IDENTIFIER content bytes of a dotted-decimal OID.
 *
 * @example
 * ```ts
 * encodeOid('1.2.840.113549.1.1.1'); // rsaEncryption
 * ```
 */
export function encodeOid(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  const out: number[] = [];
  const push = (value: number) => {
    const bytes = [value & 0x7f];
    for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) bytes.unshift((rest & 0x7f) | 0x80);
    out.push(...bytes);
  };
  push(arcs[0]! * 40 + arcs[1]!);
  for (const arc of arcs.slice(2)) push(arc);
  return new Uint8Array(out);
}
