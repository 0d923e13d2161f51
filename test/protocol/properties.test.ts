// Property tests (fast-check). `npm test` runs a small budget; `npm run fuzz` sets FUZZ_RUNS to run
// at least 100,000 cases in total and prints the count.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError, untyped, verifyNotify } from '../../src/index.ts';
import { buildSignContent, decodeForm, encodeForm, extractJsonSpan, importPrivateKey, importPublicKey, loadGbk, signContent, verifySignedSpan, verifyV3Answer } from '../../src/protocol.ts';
import { decodeGbkExact, encodeGbk, gbkTables } from '../../src/encoding/gbk.ts';
import { parseJsonStrict } from '../../src/encoding/json.ts';
import { seededRandom } from '../../mocks/index.ts';
import { extractXmlSpan, parseXmlNode } from '../../src/xml.ts';
import { clientAnswering, signedNotification, testKeys } from '../support.ts';

const TOTAL = Number(process.env.FUZZ_RUNS ?? 0) || 1_000;
// Shares of the budget per property (the slow ones sign or verify RSA per case).
const runs = (share: number) => Math.max(10, Math.round(TOTAL * share));
let cases = 0;
const counted =
  <A extends unknown[], R>(fn: (...args: A) => R) =>
  (...args: A): R => {
    cases++;
    return fn(...args);
  };
afterAll(() => console.log(`property cases run: ${cases} (FUZZ_RUNS=${TOTAL})`));

const METHOD = 'alipay.x.query';
const NODE = 'alipay_x_query_response';

describe('sign content', () => {
  const params = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== 'sign'), fc.string({ maxLength: 20 }), { maxKeys: 12 });
  it('is invariant under parameter order and added empty values', () => {
    fc.assert(
      fc.property(params, fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 }), fc.nat(), counted((record, emptyKeys, seed) => {
        const entries = Object.entries(record);
        const shuffled = [...entries].sort((a, b) => ((a[0].charCodeAt(0) * 31 + seed) % 7) - ((b[0].charCodeAt(0) * 31 + seed) % 7));
        const withEmpty = [...shuffled, ...emptyKeys.filter((k) => !(k in record)).map((k) => [k, ''] as [string, string]), ['sign', 'x'] as [string, string]];
        expect(buildSignContent(withEmpty)).toBe(buildSignContent(record));
        // and it is the sorted, non-empty k=v list
        const expected = entries.filter(([, v]) => v !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join('&');
        expect(buildSignContent(record)).toBe(expected);
      })),
      { numRuns: runs(0.3) },
    );
  });
});

describe('JSON span extraction agrees with an oracle', () => {
  const nodeArb = fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 });
  // Noise that mentions the node's name inside strings and nested objects.
  const noiseArb = fc.dictionary(
    fc.string({ maxLength: 10 }).filter((k) => ![NODE, 'error_response', 'sign', 'alipay_cert_sn'].includes(k)),
    fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(`"${NODE}":{"code":"10000"}`), fc.constant({ [NODE]: { code: '10000' } })),
    { maxKeys: 3 },
  );
  it('on generated nested objects, member orders and spacing', () => {
    fc.assert(
      fc.property(nodeArb, noiseArb, fc.constantFrom(0, 1, 2, '\t'), fc.nat(), counted((node, noise, indent, order) => {
        const nodeText = JSON.stringify(node, null, indent);
        const members = [`"${NODE}" : ${nodeText}`, `"sign":"c2ln"`, ...Object.entries(noise).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)];
        const rotated = [...members.slice(order % members.length), ...members.slice(0, order % members.length)];
        const body = `{ ${rotated.join(' ,\n')} }`;
        const span = extractJsonSpan(body, METHOD);
        expect(span.content).toBe(nodeText);
        expect(span.sign).toBe('c2ln');
        expect(JSON.parse(span.content)).toEqual(JSON.parse(nodeText)); // (node itself may hold -0, which JSON writes as 0)
      })),
      { numRuns: runs(0.2) },
    );
  });
});

describe('XML span extraction agrees with an oracle', () => {
  interface Element {
    name: string;
    content: string | Element[];
  }
  const names = fc.constantFrom('code', 'msg', 'sign', 'sign_type', 'sign_date', NODE, 'error_response', 'item', 'a_b');
  const { element } = fc.letrec<{ element: Element }>((tie) => ({
    element: fc.record({ name: names, content: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 12 }), fc.array(tie('element'), { maxLength: 3 })) }),
  }));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const xml = (e: Element): string => `<${e.name}>${typeof e.content === 'string' ? escape(e.content) : e.content.map(xml).join('')}</${e.name}>`;
  it('on generated trees with <sign…> and node-named elements inside the node', () => {
    fc.assert(
      fc.property(fc.array(element, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '\n', '  '), counted((children, ws) => {
        const inner = children.map(xml).join(ws);
        const body = `<?xml version="1.0" encoding="utf-8"?>${ws}<alipay>${ws}<${NODE}>${inner}</${NODE}>${ws}<sign>c2ln</sign>${ws}</alipay>`;
        const span = extractXmlSpan(body, METHOD);
        expect(span.content).toBe(`${inner}</${NODE}>${ws}`);
        expect(span.sign).toBe('c2ln');
        // It parses, or is refused with an AlipayError (names fast-xml-parser will not take).
        try {
          parseXmlNode(NODE, span.content);
        } catch (err) {
          expect(err).toBeInstanceOf(AlipayError);
        }
      })),
      { numRuns: runs(0.2) },
    );
  });
});

describe('tampering', () => {
  it('a random single-byte change of a signed body never verifies as different text', async () => {
    const { alipay } = await testKeys();
    const signer = await importPrivateKey(alipay.privateKey);
    const verifier = await importPublicKey(alipay.publicKey);
    const bodies = await Promise.all(
      fc.sample(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 5 }), 16).map(async (node) => {
        const text = JSON.stringify({ code: '10000', ...node });
        return { text, body: new TextEncoder().encode(`{"${NODE}":${text},"sign":"${await signContent(text, signer)}"}`) };
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(bodies.length - 1), fc.nat(), fc.integer({ min: 1, max: 255 }), counted(async (which, at, flip) => {
        const { text, body } = bodies[which]!;
        const mutated = body.slice();
        mutated[at % mutated.length]! ^= flip;
        let verified: string | undefined;
        try {
          verified = await verifySignedSpan(extractJsonSpan(new TextDecoder().decode(mutated), METHOD), verifier);
        } catch (err) {
          expect(err).toBeInstanceOf(AlipayError);
          return;
        }
        if (verified !== undefined) expect(verified).toBe(text);
      })),
      { numRuns: runs(0.1) },
    );
  });
});

/**
 * JSON text of `value` written by hand: random spacing, keys sometimes spelled with a \u escape,
 * and, when `repeat` names an object of the tree (by its order of appearance), one of its keys
 * written a second time (also possibly escaped) with another value.
 */
function writeJson(value: unknown, seed: number, repeat?: number): { text: string; repeated?: string } {
  const random = seededRandom(seed);
  const space = () => [' ', '', '\n', '\t', '', ''][Math.floor(random() * 6)]!;
  const key = (name: string) => {
    const text = JSON.stringify(name);
    // An escape for the first letter, only where the text has no escape of its own to break.
    return random() < 0.4 && !text.includes('\\') ? text.replace(/[A-Za-z]/, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
  };
  let objects = 0;
  let repeated: string | undefined;
  const write = (node: unknown): string => {
    if (Array.isArray(node)) return `[${space()}${node.map(write).join(`${space()},${space()}`)}${space()}]`;
    if (typeof node !== 'object' || node === null) return JSON.stringify(node);
    const entries = Object.entries(node);
    const members = entries.map(([name, child]) => `${key(name)}${space()}:${space()}${write(child)}`);
    if (objects++ === repeat && entries.length > 0) {
      const [name] = entries[Math.floor(random() * entries.length)]!;
      repeated = name;
      members.splice(Math.floor(random() * (members.length + 1)), 0, `${key(name)}:${JSON.stringify(random())}`);
    }
    return `{${space()}${members.join(`${space()},${space()}`)}${space()}}`;
  };
  const text = write(value);
  return repeated === undefined ? { text } : { text, repeated };
}

describe('repeated keys', () => {
  const tree = fc.jsonValue({ maxDepth: 4 });
  it('JSON without a repeated key reads as JSON.parse reads it, whatever its spacing and escapes', () => {
    fc.assert(
      fc.property(tree, fc.nat(), counted((value, seed) => {
        const { text } = writeJson(value, seed);
        expect(parseJsonStrict(text, 'x')).toEqual(JSON.parse(text));
      })),
      { numRuns: runs(0.05) },
    );
  });

  it('a key written twice in any object, at any depth, is refused and named', () => {
    fc.assert(
      fc.property(tree, fc.nat(), fc.nat(3), counted((value, seed, which) => {
        const { text, repeated } = writeJson(value, seed, which);
        fc.pre(repeated !== undefined);
        let err: unknown;
        try {
          parseJsonStrict(text, 'x');
        } catch (caught) {
          err = caught;
        }
        expect(err).toBeInstanceOf(AlipayError);
        expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
        expect((err as Error).message).toContain(`has the key ${JSON.stringify(repeated)} twice`);
      })),
      { numRuns: runs(0.05) },
    );
  });
});

describe('v3 answers: the outcome comes from the signed body, not the status', () => {
  it('an error body (string code and message) is an AlipayApiError at any status; anything else is data under 2xx only', async () => {
    const { alipay } = await testKeys();
    const signer = await importPrivateKey(alipay.privateKey);
    const verifier = await importPublicKey(alipay.publicKey);
    const body = fc.oneof(
      fc.record({ code: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), message: fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)) }, { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(200, 201, 204, 302, 400, 401, 404, 500, 503), counted(async (value, status) => {
        const text = JSON.stringify(value);
        // What was signed is the text: what it says (-0 is written 0) is what must come back.
        const sent: unknown = JSON.parse(text);
        const timestamp = String(Date.now());
        const headers = new Headers({ 'alipay-timestamp': timestamp, 'alipay-nonce': 'n', 'alipay-signature': await signContent(`${timestamp}\nn\n${text}\n`, signer) });
        const isError = typeof sent === 'object' && sent !== null && !Array.isArray(sent) && typeof (sent as Record<string, unknown>).code === 'string' && typeof (sent as Record<string, unknown>).message === 'string';
        let outcome: unknown;
        try {
          outcome = await verifyV3Answer({ status, headers, body: text }, verifier);
        } catch (err) {
          outcome = err;
        }
        if (isError) expect(outcome).toMatchObject({ name: 'AlipayApiError', code: (sent as { code: string }).code, status, verified: true });
        else if (status < 200 || status > 299) expect(outcome).toMatchObject({ name: 'AlipayError', code: 'ERR_HTTP_STATUS', status });
        else if (typeof sent === 'object' && sent !== null) expect(outcome).toEqual(sent);
        else expect(outcome).toMatchObject({ name: 'AlipayError', code: 'ERR_RESPONSE_MALFORMED' });
        expect(outcome instanceof AlipayApiError).toBe(isError);
      })),
      { numRuns: runs(0.05) },
    );
  });
});

describe('random bytes', () => {
  it('never make the client raise anything but an AlipayError', async () => {
    let next: Uint8Array = new Uint8Array();
    let status = 200;
    const { client } = await clientAnswering(() => new Response(next as Uint8Array<ArrayBuffer>, { status }), { maxRetries: 0 });
    const texty = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => new TextEncoder().encode(JSON.stringify(v))),
      fc.string({ maxLength: 80 }).map((s) => new TextEncoder().encode(`{"${NODE}":${s}`)),
      fc.string({ maxLength: 80 }).map((s) => new TextEncoder().encode(`<alipay><${NODE}>${s}</${NODE}><sign>${s}</sign></alipay>`)),
    );
    await fc.assert(
      fc.asyncProperty(texty, fc.constantFrom(200, 200, 200, 500, 404), fc.constantFrom('json', 'xml'), counted(async (bytes, code, format) => {
        next = bytes;
        status = code;
        try {
          await client.execute(untyped(METHOD), {}, { format: format as 'json' | 'xml' });
          throw new Error('random bytes were accepted as a verified answer');
        } catch (err) {
          expect(err).toBeInstanceOf(AlipayError);
        }
      })),
      { numRuns: runs(0.2) },
    );
  });
});

/** The URL Standard's application/x-www-form-urlencoded parser, written from the spec over bytes: an oracle. */
function standardParse(text: string): Array<[string, string]> {
  const bytes = new TextEncoder().encode(text); // the USVString's UTF-8 (a lone surrogate is EF BF BD)
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const hex = (b: number | undefined) => b !== undefined && /^[0-9A-Fa-f]$/.test(String.fromCharCode(b));
  const decode = (seq: Uint8Array) => {
    const out: number[] = [];
    for (let i = 0; i < seq.length; i++) {
      if (seq[i] === 0x25 && hex(seq[i + 1]) && hex(seq[i + 2])) {
        out.push(parseInt(String.fromCharCode(seq[i + 1]!, seq[i + 2]!), 16));
        i += 2;
      } else out.push(seq[i] === 0x2b ? 0x20 : seq[i]!);
    }
    return decoder.decode(new Uint8Array(out));
  };
  const pairs: Array<[string, string]> = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x26) continue;
    const seq = bytes.subarray(start, i);
    start = i + 1;
    if (seq.length === 0) continue;
    const eq = seq.indexOf(0x3d);
    pairs.push(eq < 0 ? [decode(seq), ''] : [decode(seq.subarray(0, eq)), decode(seq.subarray(eq + 1))]);
  }
  return pairs;
}

describe('notifications: one notification, three forms, one verdict', async () => {
  const { alipay } = await testKeys();
  const alphabet = ['a', 'Z', '0', ' ', '+', '%', '=', '&', '?', '#', '\uFEFF', '\uFFFD', '中', '😀', '\u00e4', '\t', '~', '*', '.'];
  const text = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 6 });
  const notes = await Promise.all(
    fc.sample(fc.dictionary(fc.constantFrom('subject', 'body', 'passback_params', 'buyer_id', '\uFEFFx', 'a+b'), text, { maxKeys: 3 }), 6).map((extra) =>
      signedNotification({ notify_id: 'prop', charset: 'utf-8', sign_type: 'RSA2', out_trade_no: 'P1', ...extra }),
    ),
  );
  // Ways to write a character, and changes a body may undergo on its way (or by an attacker).
  const utf8Escape = (char: string, lower: boolean) => [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).padStart(2, '0')}`).map((e) => (lower ? e : e.toUpperCase())).join('');
  const noise = ['%EF%BB%BF', '\uFEFF', '%FF', '%C3', '%', '%zz', '&&', '&=x', '&x', '\uD800', '%ED%A0%80', '+', '%2B', '%20', '&sign=x', '\u00e4', '%C3\u00a4'];
  const written = (note: Record<string, string>, tape: number[]) => {
    let at = 0;
    const next = () => tape[at++ % tape.length]!;
    const component = (value: string) =>
      [...value]
        .map((char) => {
          const choice = next() % 4;
          if (char === ' ') return choice < 2 ? '+' : '%20';
          // Characters with a meaning in a form are escaped; others raw or escaped, in either case.
          if ('+%=&'.includes(char) || choice === 0) return utf8Escape(char, next() % 2 === 0);
          return choice === 1 ? encodeURIComponent(char) : char;
        })
        .join('');
    let body = Object.entries(note).map(([k, v]) => `${component(k)}=${component(v)}`).join('&');
    // Up to two changes, at random places (an unchanged body must verify).
    for (let n = next() % 3; n > 0; n--) {
      const where = next() % (body.length + 1);
      body = body.slice(0, where) + noise[next() % noise.length]! + body.slice(where);
    }
    return body;
  };

  it('for random bodies: decodeForm reads what the URL Standard reads, and the three forms agree', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(notes.length - 1), fc.array(fc.nat(), { minLength: 16, maxLength: 64 }), counted(async (which, tape) => {
        const note = notes[which]!;
        const body = written(note, tape);
        const standard = standardParse(body);
        expect(decodeForm(body, 'utf-8')).toEqual(standard);
        // Each name and value as written. Node 20's URLSearchParams reads one that holds a raw
        // non-ASCII character and a broken escape otherwise than the Standard (byte by code unit):
        // there, the Standard's reading stands for URLSearchParams.
        const sides = body.split('&').flatMap((part) => (part.includes('=') ? [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] : [part]));
        const brokenBesideRaw = (side: string) => {
          if (!/[^\x00-\x7f]/.test(side)) return false;
          try {
            decodeURIComponent(side.replace(/\+/g, ' '));
            return false;
          } catch {
            return true;
          }
        };
        if (!sides.some(brokenBesideRaw)) expect([...new URLSearchParams(body)]).toEqual(standard);
        const search = new URLSearchParams(standard);
        let strict: Array<[string, string]> | undefined;
        try {
          strict = decodeForm(body, 'utf-8', { fatal: true });
        } catch (err) {
          expect(err).toBeInstanceOf(AlipayError);
        }
        // What fatal reads, every reader reads alike (Node 20's URLSearchParams included).
        if (strict) {
          expect(strict).toEqual(standard);
          expect([...new URLSearchParams(body)]).toEqual(strict);
        }
        const raw = await verifyNotify(body, alipay.publicKey);
        // The one deliberate difference: a raw body is refused for a stray "%" beside a raw
        // non-ASCII character in one name or value (Node 20 reads it otherwise), where the
        // Standard's reading, without the raw body's bytes, may still verify.
        const strayBesideRaw = sides.some((side) => /[^\x00-\x7f]/.test(side) && /%(?![0-9A-Fa-f]{2})/.test(side));
        const searchVerdict = await verifyNotify(search, alipay.publicKey);
        if (!(strayBesideRaw && !raw)) expect(searchVerdict).toBe(raw);
        const names = [...search.keys()];
        if (new Set(names).size === names.length) expect(await verifyNotify(Object.fromEntries(search), alipay.publicKey)).toBe(searchVerdict);
        // A true verdict: what the merchant reads with URLSearchParams is what was signed (empty
        // values and, by rule v1, sign_type are signed by no one: the protocol leaves them out).
        const signedPart = (entries: Array<[string, string]>) => Object.fromEntries(entries.filter(([k, v]) => v !== '' && k !== 'sign_type'));
        if (raw) expect(signedPart([...search])).toEqual(signedPart(Object.entries(note)));
      })),
      { numRuns: runs(0.1) },
    );
  });

  it('an unchanged body, however its characters are written, verifies in all three forms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(notes.length - 1), fc.array(fc.nat(), { minLength: 16, maxLength: 64 }), counted(async (which, tape) => {
        const note = notes[which]!;
        // Every draw a multiple of 3: the change count (a draw % 3) is 0, the spellings still vary.
        const body = written(note, tape.map((t) => t - (t % 3)));
        const search = new URLSearchParams(body);
        expect([await verifyNotify(body, alipay.publicKey), await verifyNotify(search, alipay.publicKey), await verifyNotify(Object.fromEntries(search), alipay.publicKey)]).toEqual(
          Object.values(note).some((v) => v.includes('\uFFFD')) || Object.keys(note).some((k) => k.includes('\uFFFD')) ? [false, false, false] : [true, true, true],
        );
      })),
      { numRuns: runs(0.05) },
    );
  });
});

describe('GBK: what is signed is what the Encoding Standard encodes, and decodes back', () => {
  it('random text round-trips through encodeForm and decodeForm (fatal); random bytes decode only when the encoder writes them', async () => {
    await loadGbk();
    const { index } = gbkTables();
    const gbkChar = fc.oneof(fc.nat(index.length - 1).map((p) => String.fromCharCode(index[p]!)), fc.constantFrom('a', ' ', '+', '€', '%', '\u3000'));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: gbkChar, maxLength: 12 }), fc.uint8Array({ maxLength: 12 }), counted(async (value, bytes) => {
        const form = encodeForm({ k: value }, 'GBK');
        expect(decodeForm(form, 'GBK', { fatal: true })).toEqual([['k', value]]);
        const decoded = decodeGbkExact(bytes);
        if (decoded !== undefined) expect(encodeGbk(decoded)).toEqual(bytes);
      })),
      { numRuns: runs(0.05) },
    );
  });
});
