// GBK exactly as the Encoding Standard has it, whatever the runtime's decoder: the places where
// Node's (ICU) and workerd's decoders differ from the standard's index are set right, the encoder
// writes each code point's first pointer (U+3000 as A1A1), € as 0x80, the 18 PUA code points of
// GB18030-2005 as their old bytes, and refuses U+E5E5; a decoder the digest does not recognise
// makes GBK an ERR_CONFIG instead of a table that signs what a browser would not send. Issue 23, item 5.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeGbkExact, encodeGbk } from '../../src/encoding/gbk.ts';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
const bytesOf = (text: string) => new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the standard\'s index, on this runtime', () => {
  it.each([
    ['中', 'D6D0'],
    ['\u3000', 'A1A1'],
    ['€', '80'],
    ['\u303e', 'A989'],
    ['\u2ff0', 'A98A'],
    ['\u1e3f', 'A8BC'],
    ['\u01f9', 'A8BF'],
    ['\u2e81', 'FE50'],
    ['\u4dae', 'FE9F'],
    ['\ufe10', 'A6D9'],
    ['\u9fb4', 'FE59'],
    ['\u9fbb', 'FEA0'],
    ['\ue78d', 'A6D9'],
    ['\ue864', 'FEA0'],
    ['\ue000', 'AAA1'],
  ])('%s is %s, and those bytes read back as the standard reads them', (char, bytes) => {
    expect(hex(encodeGbk(char))).toBe(bytes);
    const back = decodeGbkExact(bytesOf(bytes));
    // The encoder-only PUA code points read back as the characters GB18030-2022 put there.
    expect(back).toBe(char === '\ue78d' ? '\ufe10' : char === '\ue864' ? '\u9fbb' : char);
  });

  it.each(['\ue5e5', '\ue76c', '\ue7e7', '\ue815', '\ue7c7', '\u0080', '\u00ff', '😀', '\ufffd'])('%s is not GBK for the standard\'s encoder', (char) => {
    expect(() => encodeGbk(char)).toThrow(/cannot be encoded in GBK/);
  });

  it('bytes the encoder would write otherwise are not read as GBK', () => {
    for (const bytes of ['A3A0', 'A2E3', '8130', 'FF', 'FFA1', 'BB', 'BB7F', 'BBFF', 'BB20', 'BB3F']) expect(decodeGbkExact(bytesOf(bytes))).toBeUndefined();
    expect(decodeGbkExact(bytesOf('41BBE180'))).toBe('A会€');
  });
});

describe('a runtime whose GBK decoder is not the standard\'s', () => {
  it('makes loadGbk an ERR_CONFIG, not a table that signs other bytes', async () => {
    const Native = TextDecoder;
    class Skewed extends Native {
      override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
        const text = super.decode(input, options);
        // One pair read otherwise (A1A1 as U+E5E5, say): every other pointer as the standard has it.
        return this.encoding === 'gbk' && text.length > 1000 ? `${text.slice(0, 95)}\ue5e5${text.slice(96)}` : text;
      }
    }
    vi.stubGlobal('TextDecoder', Skewed);
    vi.resetModules();
    const { loadGbk } = await import('../../src/encoding/charset.ts');
    await expect(loadGbk()).rejects.toMatchObject({ name: 'AlipayError', code: 'ERR_CONFIG', message: expect.stringMatching(/Encoding Standard/) });
    const fresh = await import('../../src/encoding/gbk.ts');
    expect(() => fresh.encodeGbk('中')).toThrow(/does not follow the Encoding Standard/);
  });
});
