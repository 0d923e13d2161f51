// The DER reader and writer: lengths, bounds, OIDs.
import { describe, expect, it } from 'vitest';
import { DerError, decodeOid, encodeElement, encodeOid, readChildren, readElement, readRoot } from '../../src/crypto/der.ts';

describe('DER', () => {
  it('reads short and long lengths, and refuses overruns, indefinite and oversized lengths', () => {
    const short = encodeElement(0x04, new Uint8Array(3));
    expect(Array.from(short)).toEqual([0x04, 0x03, 0, 0, 0]);
    const long = encodeElement(0x04, new Uint8Array(300));
    expect(Array.from(long.subarray(0, 4))).toEqual([0x04, 0x82, 0x01, 0x2c]);
    expect(readRoot(long)).toEqual({ tag: 0x04, start: 0, contentStart: 4, end: 304 });
    const mid = encodeElement(0x04, new Uint8Array(200));
    expect(Array.from(mid.subarray(0, 3))).toEqual([0x04, 0x81, 200]);
    expect(Array.from(encodeElement(0x04, new Uint8Array(127)).subarray(0, 2))).toEqual([0x04, 127]);
    expect(Array.from(encodeElement(0x04, new Uint8Array(128)).subarray(0, 3))).toEqual([0x04, 0x81, 128]);
    expect(() => readRoot(new Uint8Array([0x30, 0x80, 0, 0]))).toThrow(/unsupported DER length/);
    expect(() => readRoot(new Uint8Array([0x30, 0x85, 0, 0, 0, 0, 0]))).toThrow(/unsupported DER length/);
    // Four length bytes are fine; a long form with a zero length too.
    expect(readRoot(new Uint8Array([0x04, 0x84, 0, 0, 0, 1, 7]))).toEqual({ tag: 4, start: 0, contentStart: 6, end: 7 });
    expect(readRoot(new Uint8Array([0x04, 0x81, 0x00]))).toEqual({ tag: 4, start: 0, contentStart: 3, end: 3 });
    expect(() => readRoot(new Uint8Array([0x04, 0x81]))).toThrow(/truncated DER length/);
    expect(() => readRoot(new Uint8Array([0x04, 0x05, 0, 0]))).toThrow(/overruns/);
    expect(() => readRoot(new Uint8Array([0x04, 0x01, 0, 0]))).toThrow(/trailing/);
    expect(() => readRoot(new Uint8Array([0x04]))).toThrow(/truncated/);
    expect(() => readRoot(new Uint8Array([0x04, 0x82, 0x01]))).toThrow(/truncated/);
    expect(() => readRoot(new Uint8Array([0x1f, 0x01, 0x00]))).toThrow(/multi-byte/);
  });

  it('reads children within their parent', () => {
    const seq = encodeElement(0x30, encodeElement(0x02, new Uint8Array([1])), encodeElement(0x05));
    const children = readChildren(seq, readRoot(seq));
    expect(children.map((c) => c.tag)).toEqual([0x02, 0x05]);
    expect(readElement(seq, 2, seq.length)).toEqual({ tag: 0x02, start: 2, contentStart: 4, end: 5 });
    // a child that runs past its parent
    const bad = new Uint8Array([0x30, 0x03, 0x02, 0x05, 0x00]);
    expect(() => readChildren(bad, readRoot(bad))).toThrow(DerError);
  });

  it('encodes and decodes OIDs, multi-byte arcs included', () => {
    for (const oid of ['1.2.840.113549.1.1.1', '2.5.4.3', '1.2.156.10197.1.501', '2.999.3', '0.9.2342.19200300.100.1.25']) {
      expect(decodeOid(encodeOid(oid))).toBe(oid);
    }
    expect(Array.from(encodeOid('1.2.840.113549.1.1.1'))).toEqual([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);
    // The first byte packs two arcs: the boundaries between 0, 1 and 2.
    expect(decodeOid(new Uint8Array([39]))).toBe('0.39');
    expect(decodeOid(new Uint8Array([40]))).toBe('1.0');
    expect(decodeOid(new Uint8Array([79]))).toBe('1.39');
    expect(decodeOid(new Uint8Array([80]))).toBe('2.0');
    expect(() => decodeOid(new Uint8Array([]))).toThrow(/malformed OID/);
    expect(() => decodeOid(new Uint8Array([]))).toThrow(DerError);
    expect(() => decodeOid(new Uint8Array([0x2a, 0x86]))).toThrow(DerError);
  });
});
