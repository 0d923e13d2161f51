// Arguments are read once, checked, and only what was read is used: a getter or proxy that
// answers differently at each read, a subclass whose methods lie, or a value that cannot be read
// changes nothing but the error, which is an AlipayError. The named cases of issue 23 item 7, and
// the same class elsewhere.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayClient, AlipayError, isRetryable, untyped } from '../../src/index.ts';
import {
  buildRequestParams,
  buildSignContent,
  buildV3Request,
  chinaTimestamp,
  encodeV3Multipart,
  importPublicKey,
  isErrorNode,
  parsePublicKey,
  readV3Signature,
  toApiError,
  verifySignedSpan,
  verifyV3Answer,
} from '../../src/protocol.ts';
import { createGatewayCore, seededRandom } from '../../mocks/index.ts';
import { CARD_QUERY, cardBiz, clientAnswering, keyConfig, rejectionOf, signedV3Answer, testKeys, thrownBy } from '../support.ts';

/** An object whose `name` answers `first` at its first read and `then` after; counts the reads. */
function shifting<T extends object>(base: T, name: string, first: unknown, then: unknown): T & { reads: () => number } {
  let reads = 0;
  Object.defineProperty(base, name, { enumerable: true, get: () => (reads++ === 0 ? first : then) });
  // Not enumerable: a record's own keys stay the ones given.
  return Object.defineProperty(base, 'reads', { value: () => reads }) as T & { reads: () => number };
}

describe('readV3Signature and verifyV3Answer', () => {
  class LyingHeaders extends Headers {
    calls = 0;
    override get(name: string): string | null {
      this.calls++;
      return this.calls % 2 ? (['not', 'a', 'string'] as never) : super.get(name);
    }
  }

  it('a Headers subclass whose get lies: the headers themselves are read, with the platform get', async () => {
    const response = (await signedV3Answer('{"a":1}'))();
    const lying = new LyingHeaders(response.headers);
    const parts = readV3Signature(lying);
    expect(parts).toEqual({ signature: response.headers.get('alipay-signature'), timestamp: response.headers.get('alipay-timestamp'), nonce: response.headers.get('alipay-nonce') });
    expect(lying.calls).toBe(0);
    const key = await importPublicKey((await testKeys()).alipay.publicKey);
    expect(await verifyV3Answer({ status: 200, headers: lying, body: '{"a":1}' }, key)).toEqual({ a: 1 });
  });

  it('a look-alike of Headers, or a proxy of one, is ERR_REQUEST_INVALID', () => {
    for (const headers of [{ get: () => 'x' }, new Proxy(new Headers(), {})]) {
      expect(thrownBy(() => readV3Signature(headers as never))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID', path: 'headers' });
    }
  });

  it('a body that is not text, or none, is refused before anything is verified (never the text "undefined")', async () => {
    const response = (await signedV3Answer('undefined'))();
    const key = await importPublicKey((await testKeys()).alipay.publicKey);
    for (const answer of [{ status: 200, headers: response.headers, body: Symbol('b') }, { status: 200, headers: response.headers }, { status: 200, headers: response.headers, body: 42 }]) {
      expect(await rejectionOf(() => verifyV3Answer(answer as never, key))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID', path: 'answer.body' });
    }
    for (const status of [undefined, 'x', 99, 600, 200.5]) {
      expect(await rejectionOf(() => verifyV3Answer({ status, headers: response.headers, body: 'undefined' } as never, key))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'answer.status' });
    }
  });

  it('a body getter is read once: what is returned is what was verified', async () => {
    const response = (await signedV3Answer('{"a":1}'))();
    const key = await importPublicKey((await testKeys()).alipay.publicKey);
    const answer = shifting({ status: 200, headers: response.headers }, 'body', '{"a":1}', '{"a":2}');
    expect(await verifyV3Answer(answer as never, key)).toEqual({ a: 1 });
    expect(answer.reads()).toBe(1);
  });
});

describe('buildSignContent', () => {
  it('a proxy whose keys change: listed once, each value read once', () => {
    let listings = 0;
    const reads: string[] = [];
    const params = new Proxy({} as Record<string, string>, {
      ownKeys: () => (listings++ === 0 ? ['b', 'a'] : ['c', 'sign', 'z']),
      getOwnPropertyDescriptor: () => ({ value: 'v', enumerable: true, configurable: true, writable: true }),
      get: (_target, key) => {
        if (typeof key === 'symbol') return undefined; // not iterable: read as a record
        reads.push(String(key));
        return `${String(key)}${reads.length}`;
      },
    });
    expect(buildSignContent(params)).toBe('a=a2&b=b1');
    expect(listings).toBe(1);
    expect(reads).toEqual(['b', 'a']);
  });

  it('a URLSearchParams subclass whose entries lie: the parameters themselves are read', () => {
    class Lying extends URLSearchParams {
      override entries(): URLSearchParamsIterator<[string, string]> {
        return [['sign_type', 'x']][Symbol.iterator]() as never;
      }
    }
    expect(buildSignContent(new Lying('b=2&a=1'))).toBe('a=1&b=2');
  });

  it('pairs whose iterator or entries throw, and a throwing exclude list, are ERR_REQUEST_INVALID', () => {
    const throwing = { [Symbol.iterator]: () => ({ next: () => { throw new Error('boom'); } }) };
    const revoked = Proxy.revocable(['a', '1'], {});
    revoked.revoke();
    for (const params of [throwing, [revoked.proxy], new Proxy({}, { ownKeys: () => { throw new Error('keys'); } })]) {
      expect(thrownBy(() => buildSignContent(params as never))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    }
    expect(thrownBy(() => buildSignContent({ a: '1' }, { exclude: new Proxy([], { get: () => { throw new Error('x'); } }) as never }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
  });
});

describe('chinaTimestamp', () => {
  class ShiftingDate extends Date {
    reads = 0;
    override getTime(): number {
      return this.reads++ === 0 ? super.getTime() : Number.NaN;
    }
  }

  it('a Date subclass whose getTime changes: the instant itself is read, once', () => {
    const date = new ShiftingDate('2024-05-13T09:49:20Z');
    expect(chinaTimestamp(date)).toBe('2024-05-13 17:49:20');
    expect(chinaTimestamp(date)).toBe('2024-05-13 17:49:20');
    expect(date.reads).toBe(0);
  });

  it('a look-alike of a Date, an invalid one, or one outside years 1000 to 9999 is ERR_REQUEST_INVALID', () => {
    for (const date of [{ getTime: () => 0 }, Object.create(Date.prototype), new Date(Number.NaN), new Date(8.64e15), new Date(-8.64e15), new Date('0999-12-31T00:00:00Z'), new Date('9999-12-31T20:00:00Z')]) {
      expect(thrownBy(() => chinaTimestamp(date as Date))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    }
    expect(chinaTimestamp(new Date('9999-12-31T15:59:59Z'))).toBe('9999-12-31 23:59:59');
  });
});

describe('a value that changes between its check and its use is used as checked', () => {
  it('verifySignedSpan: the text returned is the text verified', async () => {
    const { alipay } = await testKeys();
    const key = await importPublicKey(alipay.publicKey);
    const { signContent, importPrivateKey } = await import('../../src/protocol.ts');
    const sign = await signContent('{"a":1}', await importPrivateKey(alipay.privateKey));
    const span = shifting({ sign }, 'content', '{"a":1}', 7);
    expect(await verifySignedSpan(span as never, key)).toBe('{"a":1}');
    expect(span.reads()).toBe(1);
  });

  it('isErrorNode and toApiError read each field once', () => {
    const node = shifting({ msg: 'Business Failed' }, 'code', '40004', '10000');
    expect(isErrorNode(node)).toBe(true);
    const err = toApiError(shifting({ msg: 'm' }, 'sub_code', 'X', { toString: () => { throw new Error('boom'); } }), { method: 'm', verified: true });
    expect(err).toMatchObject({ subCode: 'X', response: { sub_code: 'X', msg: 'm' } });
    expect(thrownBy(() => isErrorNode({ get code(): string { throw new Error('boom'); } }))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
  });

  it('buildV3Request and buildRequestParams sign what they read', () => {
    const input = shifting({ appId: '1', httpMethod: 'POST', endpoint: 'https://openapi.alipay.com', path: '/v3/x', nonce: 'n', timestamp: 1 }, 'body', '{"a":1}', 5);
    expect(buildV3Request(input).signContent).toBe('app_id=1,nonce=n,timestamp=1\nPOST\n/v3/x\n{"a":1}\n');
    expect(input.reads()).toBe(1);
    const params = buildRequestParams(shifting({ appId: '1', method: 'm', signType: 'RSA2', now: new Date(0) }, 'params', JSON.parse('{"__proto__":"kept","a":"b"}'), { a: {} }) as never);
    expect(Object.keys(params)).toContain('__proto__');
    expect(params.a).toBe('b');
  });

  it('encodeV3Multipart writes the file part it checked; a Blob subclass is read by the platform', async () => {
    class LyingBlob extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.resolve(new Uint8Array([1, 2, 3]).buffer);
      }
    }
    const file = shifting({ field: 'image_content', content: new LyingBlob(['PNG']) }, 'name', 'logo.png', 'other"name');
    const { body } = await encodeV3Multipart('{}', file as never);
    const text = new TextDecoder().decode(body);
    expect(text).toContain('filename="logo.png"\r\nContent-Type: image/png\r\n\r\nPNG\r\n');
    expect(file.reads()).toBe(1);
    const odd = await encodeV3Multipart('{}', { field: 'f', name: 'x.constructor', content: new Blob(['a']) });
    expect(new TextDecoder().decode(odd.body)).not.toContain('Content-Type: function');
  });

  it('importPublicKey with a ParsedKey reads der once and copies it', async () => {
    const parsed = parsePublicKey((await testKeys()).alipay.publicKey);
    const key = shifting({ format: 'spki', source: 'spki' }, 'der', parsed.der, 'not bytes');
    await expect(importPublicKey(key as never)).resolves.toBeInstanceOf(CryptoKey);
    expect(key.reads()).toBe(1);
  });

  it('the client: a configuration and per-call options read once', async () => {
    const config = await keyConfig();
    const shiftingConfig = shifting({ ...config }, 'appId', config.appId, { trim: () => { throw new Error('boom'); } });
    const client = new AlipayClient(shiftingConfig as never);
    expect(client.appId).toBe(config.appId);
    expect(shiftingConfig.reads()).toBe(1);
    const sent: Request[] = [];
    const { client: v3 } = await clientAnswering(async (request) => (sent.push(request), (await signedV3Answer('{"a":1}'))()), { protocol: 'v3' });
    const options = shifting({}, 'body', { a: 1 }, 'text');
    expect((await v3.request('POST', '/v3/x', options as never)).data).toEqual({ a: 1 });
    expect(options.reads()).toBe(1);
    expect(await sent[0]!.text()).toBe('{"a":1}');
    const params = shifting({}, 'grant', 'x', { not: 'text' });
    const { client: v2, requests } = await clientAnswering('{}');
    await rejectionOf(() => v2.execute(untyped('alipay.x.query'), {}, { params: params as never, maxRetries: 0 }));
    expect(params.reads()).toBe(1);
    expect(new URL(requests[0]!.url).search + (await requests[0]!.text())).toContain('grant=x');
  });

  it('a configuration that cannot be read is ERR_CONFIG; an endpoint of a million slashes is refused at once', async () => {
    const config = await keyConfig();
    expect(thrownBy(() => new AlipayClient({ ...config, get timeout(): number { throw new Error('boom'); } }))).toMatchObject({ name: 'AlipayError', code: 'ERR_CONFIG' });
    expect(thrownBy(() => new AlipayClient({ ...config, retryBackoff: { baseMs: -1 } }))).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringContaining('retryBackoff.baseMs') });
    expect(thrownBy(() => new AlipayClient({ ...config, protocol: 'v3', endpoint: `x${'/'.repeat(1 << 20)}y` }))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(thrownBy(() => buildV3Request({ appId: '1', httpMethod: 'GET', endpoint: `x${'/'.repeat(1 << 20)}y`, path: '/v3/x' }))).toMatchObject({ code: 'ERR_CONFIG' });
  });
});

describe('isRetryable and the mocks', () => {
  it('isRetryable reads an error once; one whose fields throw is not retried', () => {
    const busy = new AlipayApiError({ code: '20000', msg: '', method: 'm', verified: true, response: {} });
    const odd = new Proxy(busy, { get: (target, key) => (key === 'code' ? (() => { throw new Error('boom'); })() : Reflect.get(target, key)) });
    expect(isRetryable(busy)).toBe(true);
    expect(isRetryable(odd)).toBe(false);
    expect(isRetryable(new Proxy(new AlipayError('ERR_NETWORK', 'x'), { getPrototypeOf: () => { throw new Error('x'); } }))).toBe(false);
    expect(isRetryable(new AlipayError('ERR_NETWORK', 'x'))).toBe(true);
  });

  it('the mock gateway refuses what it cannot use before generating a key; seededRandom needs a number', async () => {
    for (const options of [undefined, {}, { appPublicKey: 1 }, { appPublicKey: 'k', faults: [{ fault: { kind: 'nope' } }] }, { appPublicKey: 'k', now: 'today' }, { get appPublicKey(): string { throw new Error('x'); } }]) {
      expect(await rejectionOf(() => createGatewayCore(options as never))).toMatchObject({ name: 'AlipayError', code: 'ERR_CONFIG' });
    }
    expect(thrownBy(() => seededRandom(Symbol('s') as never))).toMatchObject({ code: 'ERR_CONFIG' });
  });

  it('execute still works end to end with a plain configuration', async () => {
    const { client } = await clientAnswering('{}');
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });
});

describe('an injected fetch that answers a look-alike', () => {
  it('whose headers or status throw: ERR_NETWORK, not the raw error', async () => {
    for (const answer of [
      { arrayBuffer: async () => new ArrayBuffer(0), get headers(): never { throw new Error('boom'); } },
      { arrayBuffer: async () => new ArrayBuffer(0), headers: new Headers(), get status(): never { throw new Error('boom'); } },
    ]) {
      const { client } = await clientAnswering(() => answer as never);
      expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ name: 'AlipayError', code: 'ERR_NETWORK' });
    }
  });
});
