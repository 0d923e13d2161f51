// Property tests (fast-check). `npm test` runs a small budget; `npm run fuzz` sets FUZZ_RUNS to run
// at least 100,000 cases in total and prints the count.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError } from '../../src/index.ts';
import { buildSignContent, extractJsonSpan, importPrivateKey, importPublicKey, signContent, verifySignedSpan, verifyV3Answer } from '../../src/protocol.ts';
import { parseJsonStrict } from '../../src/encoding/json.ts';
import { seededRandom } from '../../mocks/index.ts';
import { extractXmlSpan, parseXmlNode } from '../../src/xml.ts';
import { clientAnswering, testKeys } from '../support.ts';

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
        const timestamp = String(Date.now());
        const headers = new Headers({ 'alipay-timestamp': timestamp, 'alipay-nonce': 'n', 'alipay-signature': await signContent(`${timestamp}\nn\n${text}\n`, signer) });
        const isError = typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>).code === 'string' && typeof (value as Record<string, unknown>).message === 'string';
        let outcome: unknown;
        try {
          outcome = await verifyV3Answer({ status, headers, body: text }, verifier);
        } catch (err) {
          outcome = err;
        }
        if (isError) expect(outcome).toMatchObject({ name: 'AlipayApiError', code: (value as { code: string }).code, status, verified: true });
        else if (status < 200 || status > 299) expect(outcome).toMatchObject({ name: 'AlipayError', code: 'ERR_HTTP_STATUS', status });
        else if (typeof value === 'object' && value !== null) expect(outcome).toEqual(value);
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
          await client.execute(METHOD, {}, { format: format as 'json' | 'xml' });
          throw new Error('random bytes were accepted as a verified answer');
        } catch (err) {
          expect(err).toBeInstanceOf(AlipayError);
        }
      })),
      { numRuns: runs(0.2) },
    );
  });
});
