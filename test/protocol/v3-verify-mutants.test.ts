// src/protocol/v3/verify.ts at its edges, for mutation testing: each argument check's exact error
// (code, message, path), each signature header's pattern at its bounds, the freshness window at
// its edge (equal to maxSkewMs accepted) and its message, the unsigned error at status 400, and an
// encrypted 204. v3-outcome.test.ts and read-once.test.ts check the rules through the client; these
// pin what each branch writes.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError } from '../../src/index.ts';
import { aesEncrypt, importAesKey } from '../../src/tools.ts';
import { importPrivateKey, importPublicKey, readV3Signature, signContent, verifyV3Answer } from '../../src/protocol.ts';
import { AES_KEY, rejectionOf, testKeys, thrownBy } from '../support.ts';

const { alipay } = await testKeys();
const signer = await importPrivateKey(alipay.privateKey);
const key = await importPublicKey(alipay.publicKey);
const NOW = 1_780_000_000_000;

/** A signed answer: `timestamp` (default NOW) and `nonce` signed with the body; `headers` set (null: removed) after signing. */
async function signed(body: string, options: { status?: number; timestamp?: string; nonce?: string; headers?: Record<string, string | null> } = {}) {
  const timestamp = options.timestamp ?? String(NOW);
  const nonce = options.nonce ?? 'nonce-1';
  const signature = await signContent(`${timestamp}\n${nonce}\n${body}\n`, signer);
  const headers = new Headers({ 'alipay-timestamp': timestamp, 'alipay-nonce': nonce, 'alipay-signature': signature });
  for (const [name, value] of Object.entries(options.headers ?? {})) if (value === null) headers.delete(name); else headers.set(name, value);
  return { status: options.status ?? 200, headers, body };
}


describe('readV3Signature', () => {
  it.each([
    [{ get: () => 'x' }, 'an object'],
    [null, 'null'],
    ['alipay-signature: x', 'a string'],
  ])('refuses %j with the argument named, before any header is read', (value, what) => {
    expect(thrownBy(() => readV3Signature(value as unknown as Headers))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'headers', message: `headers must be a Headers object, got ${what}.` });
  });

  it('reads the four headers (any case) and leaves absent ones out', () => {
    expect(readV3Signature(new Headers({ 'Alipay-Signature': 'ab+/=', 'ALIPAY-TIMESTAMP': '1', 'alipay-nonce': '!+-~', 'alipay-sn': 'a'.repeat(128) }))).toEqual({ signature: 'ab+/=', timestamp: '1', nonce: '!+-~', sn: 'a'.repeat(128) });
    expect(readV3Signature(new Headers())).toEqual({});
    expect(Object.keys(readV3Signature(new Headers({ 'alipay-nonce': 'n' })))).toEqual(['nonce']);
  });

  it.each(['alipay-signature', 'alipay-timestamp', 'alipay-nonce', 'alipay-sn'])('%s given twice is refused as repeated', (name) => {
    const headers = new Headers();
    headers.append(name, '1');
    headers.append(name, '2');
    expect(thrownBy(() => readV3Signature(headers))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID', message: `The answer carries ${name} more than once: refused.` });
  });

  it.each([
    ['alipay-signature', 'ab-c'],
    ['alipay-signature', 'ab c'],
    ['alipay-timestamp', '12a'],
    ['alipay-timestamp', '1'.repeat(17)],
    ['alipay-timestamp', '-1'],
    ['alipay-nonce', 'a b'],
    ['alipay-nonce', 'n'.repeat(129)],
    ['alipay-nonce', 'é'],
    ['alipay-sn', 's'.repeat(129)],
    ['alipay-sn', 'a\tb'],
  ])('%s %j is refused as malformed', (name, value) => {
    expect(thrownBy(() => readV3Signature(new Headers({ [name]: value })))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID', message: `The answer's ${name} is malformed: refused.` });
  });

  it('accepts each pattern at its bounds', () => {
    expect(readV3Signature(new Headers({ 'alipay-timestamp': '9'.repeat(16), 'alipay-nonce': 'n'.repeat(128) }))).toEqual({ timestamp: '9'.repeat(16), nonce: 'n'.repeat(128) });
  });
});

describe('verifyV3Answer: the answer argument, each part read once and checked', () => {
  const headers = new Headers();
  it.each([
    [null, 'answer', 'answer must be an object, got null.'],
    [{ status: '200', headers, body: '{}' }, 'answer.status', 'answer.status must be the HTTP status (an integer from 100 to 599), got a string.'],
    [{ status: 99, headers, body: '{}' }, 'answer.status', 'answer.status must be the HTTP status (an integer from 100 to 599), got 99.'],
    [{ status: 600, headers, body: '{}' }, 'answer.status', 'answer.status must be the HTTP status (an integer from 100 to 599), got 600.'],
    [{ status: 200.5, headers, body: '{}' }, 'answer.status', 'answer.status must be the HTTP status (an integer from 100 to 599), got 200.5.'],
    [{ status: 200, headers: { 'alipay-signature': 'x' }, body: '{}' }, 'answer.headers', 'answer.headers must be a Headers object, got an object.'],
    [{ status: 200, headers }, 'answer.body', "answer.body must be the body's text, got undefined."],
    [{ status: 200, headers, body: new TextEncoder().encode('{}') }, 'answer.body', "answer.body must be the body's text, got an object."],
  ])('%j is refused naming %s', async (answer, path, message) => {
    expect(await rejectionOf(() => verifyV3Answer(answer as never, key))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path, message });
  });

  it.each(['status', 'headers', 'body'])('a getter of answer.%s that throws is an AlipayError naming it', async (part) => {
    const answer = { status: 200, headers, body: '{}' };
    Object.defineProperty(answer, part, { get: () => { throw new Error('boom'); } });
    expect(await rejectionOf(() => verifyV3Answer(answer, key))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: `answer.${part}`, message: `answer.${part} cannot be read (a getter or proxy threw).` });
  });

  it('the status bounds 100 and 599 are statuses (a signed success under them is refused for the status, not the argument)', async () => {
    for (const status of [100, 599]) {
      expect(await rejectionOf(async () => verifyV3Answer(await signed('{"a":1}', { status }), key, { now: NOW }))).toMatchObject({ code: 'ERR_HTTP_STATUS', status });
    }
  });
});

describe('verifyV3Answer: key and options', () => {
  it('a key that is not a CryptoKey is named', async () => {
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{}'), alipay.publicKey as never))).toMatchObject({
      code: 'ERR_KEY_INVALID',
      message: 'key must be a CryptoKey (import it with importPrivateKey/importPublicKey), got a string.',
    });
  });

  it('options that are not an object, and an options getter that throws, are named', async () => {
    const answer = await signed('{}');
    expect(await rejectionOf(() => verifyV3Answer(answer, key, 'now' as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'options', message: 'options must be an object, got a string.' });
    for (const field of ['now', 'maxSkewMs', 'method', 'traceId', 'decryptKey']) {
      const options = Object.defineProperty({}, field, { get: () => { throw new Error('boom'); } });
      expect(await rejectionOf(() => verifyV3Answer(answer, key, options))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: `options.${field}`, message: `options.${field} cannot be read (a getter or proxy threw).` });
    }
  });

  it.each([['x'], [Number.NaN], [Number.POSITIVE_INFINITY], [String(NOW)]])('options.now %j is refused', async (now) => {
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{}'), key, { now: now as number }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'options.now', message: 'options.now must be epoch milliseconds.' });
  });

  it.each([[-1], [Number.NaN], ['60000']])('options.maxSkewMs %j is refused', async (maxSkewMs) => {
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{}'), key, { now: NOW, maxSkewMs: maxSkewMs as number }))).toMatchObject({
      code: 'ERR_REQUEST_INVALID',
      path: 'options.maxSkewMs',
      message: 'options.maxSkewMs must be a number of milliseconds (0 or more).',
    });
  });

  it('options.decryptKey that is not a CryptoKey is named', async () => {
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{}'), key, { now: NOW, decryptKey: AES_KEY as never }))).toMatchObject({
      code: 'ERR_KEY_INVALID',
      message: 'options.decryptKey must be a CryptoKey (import it with importPrivateKey/importPublicKey), got a string.',
    });
  });

  it('options.now is the clock the timestamp is compared with, and options.traceId the trace id errors carry', async () => {
    const answer = await signed('{"a":1}', { timestamp: '1000' });
    expect(await verifyV3Answer(answer, key, { now: 1000 })).toEqual({ a: 1 });
    const err = await rejectionOf(async () => verifyV3Answer(await signed('{"code":"x","message":"y"}', { headers: { 'alipay-trace-id': 'from-header' } }), key, { now: NOW, traceId: 'given' }));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ traceId: 'given', verified: true });
  });
});

describe('verifyV3Answer: what an answer is', () => {
  it('an unsigned answer at status 400 is its AlipayApiError, unverified; at 399 it is an unsigned answer', async () => {
    const body = '{"code":"invalid-parameter","message":"参数有误"}';
    const at400 = await rejectionOf(() => verifyV3Answer({ status: 400, headers: new Headers(), body }, key));
    expect(at400).toBeInstanceOf(AlipayApiError);
    expect(at400).toMatchObject({ code: 'invalid-parameter', status: 400, verified: false });
    expect(await rejectionOf(() => verifyV3Answer({ status: 399, headers: new Headers(), body }, key))).toMatchObject({
      code: 'ERR_SIGNATURE_MISSING',
      message: 'The answer has no alipay-signature, alipay-timestamp, alipay-nonce: unsigned data is never returned.',
    });
  });

  it('names exactly the signature headers that are missing', async () => {
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{}', { headers: { 'alipay-nonce': null } }), key, { now: NOW }))).toMatchObject({
      code: 'ERR_SIGNATURE_MISSING',
      message: 'The answer has no alipay-nonce: unsigned data is never returned.',
    });
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{}', { headers: { 'alipay-signature': null, 'alipay-timestamp': null } }), key, { now: NOW }))).toMatchObject({
      code: 'ERR_SIGNATURE_MISSING',
      message: 'The answer has no alipay-signature, alipay-timestamp: unsigned data is never returned.',
    });
  });

  it('a timestamp exactly maxSkewMs away is accepted, either side; one millisecond more is refused, saying by how much and which way', async () => {
    const answer = await signed('{"a":1}');
    expect(await verifyV3Answer(answer, key, { now: NOW + 60_000, maxSkewMs: 60_000 })).toEqual({ a: 1 });
    expect(await verifyV3Answer(answer, key, { now: NOW - 60_000, maxSkewMs: 60_000 })).toEqual({ a: 1 });
    expect(await verifyV3Answer(answer, key, { now: NOW, maxSkewMs: 0 })).toEqual({ a: 1 });
    const fix = "refused as a possible replay. If this host's clock is wrong, fix it (NTP).";
    expect(await rejectionOf(() => verifyV3Answer(answer, key, { now: NOW + 120_000, maxSkewMs: 60_000 }))).toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
      message: `The answer's alipay-timestamp is 120 s behind this host's clock (at most 60 s allowed): ${fix}`,
    });
    expect(await rejectionOf(() => verifyV3Answer(answer, key, { now: NOW - 7_000_000, maxSkewMs: 60_000 }))).toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
      message: `The answer's alipay-timestamp is 7000 s ahead of this host's clock (at most 60 s allowed): ${fix}`,
    });
    expect(await rejectionOf(() => verifyV3Answer(answer, key, { now: NOW + 1 , maxSkewMs: 0 }))).toMatchObject({ message: `The answer's alipay-timestamp is 0 s behind this host's clock (at most 0 s allowed): ${fix}` });
    expect(await rejectionOf(() => verifyV3Answer(answer, key, { now: NOW + 400_000 }))).toMatchObject({ message: `The answer's alipay-timestamp is 400 s behind this host's clock (at most 300 s allowed): ${fix}` });
  });

  it('a body changed after signing does not verify, with the message that says what may be wrong', async () => {
    const answer = await signed('{"a":1}');
    expect(await rejectionOf(() => verifyV3Answer({ ...answer, body: '{"a":2}' }, key, { now: NOW }))).toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
      message: "The answer's alipay-signature does not verify (forged, altered, or the wrong Alipay key configured).",
    });
  });

  it('without options.method, errors start with "The"', async () => {
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{"a":1}', { status: 500 }), key, { now: NOW }))).toMatchObject({
      code: 'ERR_HTTP_STATUS',
      message: expect.stringMatching(/^The gateway answered HTTP 500 with /),
    });
    expect(await rejectionOf(async () => verifyV3Answer(await signed('{"a":1}', { status: 500 }), key, { now: NOW, method: 'GET /v3/x' }))).toMatchObject({
      message: expect.stringMatching(/^GET \/v3\/x: the gateway answered HTTP 500 with /),
    });
  });

  it('decryptKey: an encrypted 204 with no body is null (nothing to decrypt); an encrypted body is decrypted and read', async () => {
    const aes = await importAesKey(AES_KEY);
    expect(await verifyV3Answer(await signed('', { status: 204 }), key, { now: NOW, decryptKey: aes })).toBeNull();
    const ciphertext = await aesEncrypt('{"卡":"余额"}', aes);
    expect(await verifyV3Answer(await signed(ciphertext), key, { now: NOW, decryptKey: aes })).toEqual({ 卡: '余额' });
    const err = await rejectionOf(async () => verifyV3Answer(await signed(await aesEncrypt('{"code":"x","message":"y"}', aes)), key, { now: NOW, decryptKey: aes }));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'x', verified: true });
  });
});
