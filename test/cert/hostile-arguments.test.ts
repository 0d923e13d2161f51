// alipay-edge/cert called the way a plain-JavaScript caller can call it, with hostile arguments:
// objects missing fields, getters that change between reads or throw, Proxies (throwing traps,
// revoked), subclasses of Uint8Array and Date with overridden methods, null-prototype objects.
// Whatever happens is a result read from one read of each argument, or an AlipayError with a
// literal code: never a TypeError. The certificate parts of the main entry too (certificate-mode
// configuration, client.verifyNotify naming an SN).
import { describe, expect, it } from 'vitest';
import { AlipayClient, AlipayError } from '../../src/index.ts';
import * as cert from '../../src/cert.ts';
import { type Certificate, certSnFromPem, certificateSn, parseCertificate, readPemCertificates, verifyCertificateChain } from '../../src/cert.ts';
import { vectorText } from '../support.ts';
import { certSetup, signedNotification, testKeys } from '../support.ts';

const rootsPem = vectorText('certs/alipayRootCert.crt');
const chainPem = vectorText('certs/alipayCertPublicKey_RSA2.crt');
const roots = readPemCertificates(rootsPem).map((der) => parseCertificate(der));
const [leaf, intermediate] = readPemCertificates(chainPem).map((der) => parseCertificate(der)) as [Certificate, Certificate];
/** Inside every own-vector certificate's validity. */
const DURING = new Date(Math.max(leaf.notBefore.getTime(), intermediate.notBefore.getTime()) + 86_400_000);

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
class SneakyBytes extends Uint8Array {
  override subarray(): never { throw new Error('subarray called'); }
  override slice(): never { throw new Error('slice called'); }
  override get length(): number { return 3; }
  override [Symbol.iterator](): never { throw new Error('iterated'); }
}
class SneakyDate extends Date {
  override getTime(): number { return Number.NaN; }
  override valueOf(): number { throw new Error('valueOf called'); }
  override toISOString(): string { throw new Error('toISOString called'); }
}
/** A value whose getter answers `first` once, then `then` (or throws when `then` is an Error). */
function flipping<T>(field: string, first: T, then: unknown): Record<string, unknown> & { reads: number } {
  const target = { reads: 0 } as Record<string, unknown> & { reads: number };
  Object.defineProperty(target, field, {
    enumerable: true,
    get() {
      target.reads++;
      if (target.reads === 1) return first;
      if (then instanceof Error) throw then;
      return then;
    },
  });
  return target;
}

const HOSTILE: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a symbol', Symbol('s')],
  ['a bigint', 1n],
  ['a function', () => leaf],
  ['an empty object', {}],
  ['a null-prototype object', Object.create(null) as object],
  ['a half-built certificate (no dates)', { der: undefined, issuerDer: leaf.issuerDer, subjectDer: leaf.subjectDer }],
  ['a certificate look-alike with a string der', { ...leaf, der: 'MIIB' }],
  ['a revoked Proxy', revoked],
  ['a Proxy whose traps throw', throwing],
  ['a getter that throws', flipping('der', new Error('getter'), new Error('getter'))],
  ['a Uint8Array subclass with overridden methods (not DER)', new SneakyBytes([1, 2, 3, 4])],
  ['a Date subclass whose getTime lies', new SneakyDate(0)],
  ['an array Proxy whose traps throw', new Proxy([leaf], { get: () => { throw new Error('trap'); } })],
  ['an array whose length lies', new Proxy([leaf], { get: (target, key) => (key === 'length' ? 1e9 : Reflect.get(target, key)) })],
  ['an array with a throwing element', Object.defineProperty([leaf], 0, { get: () => { throw new Error('element'); } })],
  ['a String object', new String('-----BEGIN CERTIFICATE-----')],
];

/** Calls and settles: the failure, or undefined when it resolved. */
async function failureOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('every export of alipay-edge/cert, with a hostile value in any argument', () => {
  const valid: Record<string, unknown[]> = {
    certSnFromPem: [chainPem, 'alipayPublicCert'],
    certificatePublicKey: [leaf.der, 'alipayPublicCert'],
    certificateSn: [leaf],
    parseCertificate: [leaf.der, 'alipayPublicCert'],
    readPemCertificates: [chainPem, 'alipayPublicCert'],
    rootCertSn: [rootsPem, 'alipayRootCert'],
    verifyCertificateChain: [leaf, [intermediate], roots, DURING, 'alipayPublicCert'],
  };

  it('covers every exported function', () => {
    expect(Object.keys(cert).filter((name) => typeof (cert as Record<string, unknown>)[name] === 'function').sort()).toEqual(Object.keys(valid).sort());
  });

  it.each(Object.entries(valid))('%s: an AlipayError with a literal code, or a result', async (name, args) => {
    const fn = (cert as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    await expect(failureOf(() => fn(...args))).resolves.toBeUndefined(); // the valid call succeeds
    const wrong: string[] = [];
    for (const [label, hostile] of HOSTILE) {
      for (let position = 0; position < args.length; position++) {
        const err = await failureOf(() => fn(...args.map((arg, i) => (i === position ? hostile : arg))));
        if (err !== undefined && !(err instanceof AlipayError && typeof err.code === 'string' && /^[A-Z_\d]+$/.test(err.code))) {
          wrong.push(`${label} as argument ${position}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('each argument is read once, and only what was read is used', () => {
  it('parseCertificate: a Uint8Array subclass is read by its bytes, not its methods; the bytes are a copy', () => {
    const bytes = Uint8Array.from(leaf.der);
    const sneaky = new SneakyBytes(bytes.length);
    sneaky.set(bytes);
    const parsed = parseCertificate(sneaky);
    expect(parsed.serial).toBe(leaf.serial);
    sneaky.fill(0);
    expect(parsed.der).toEqual(bytes);
  });

  it('parseCertificate: a Proxy around real bytes, or a look-alike with a Uint8Array prototype, is no Uint8Array', () => {
    for (const fake of [new Proxy(Uint8Array.from(leaf.der), {}), Object.setPrototypeOf(new DataView(new ArrayBuffer(8)), Uint8Array.prototype), Object.create(Uint8Array.prototype)]) {
      expect(() => parseCertificate(fake as Uint8Array)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^certificate is not usable: expected DER bytes \(a Uint8Array\)/) }));
    }
  });

  it('certificateSn: issuer and serial read once each; a getter that changes or throws afterwards changes nothing', () => {
    const expected = certificateSn(leaf);
    const issuer = flipping('issuer', leaf.issuer, 'CN=Someone else');
    Object.defineProperty(issuer, 'serial', { value: leaf.serial, enumerable: true });
    expect(certificateSn(issuer as never)).toBe(expected);
    expect(issuer.reads).toBe(1);
    const throwsLater = flipping('serial', leaf.serial, new Error('second read'));
    Object.defineProperty(throwsLater, 'issuer', { value: leaf.issuer, enumerable: true });
    expect(certificateSn(throwsLater as never)).toBe(expected);
    expect(() => certificateSn(flipping('issuer', 42, leaf.issuer) as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
    expect(() => certificateSn(revoked as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected a parsed certificate (parseCertificate), got an object.' }));
  });

  it('verifyCertificateChain: a certificate\'s der read once (a getter flipping to another certificate is not followed)', async () => {
    const flip = flipping('der', leaf.der, intermediate.der);
    await expect(verifyCertificateChain(flip as never, [intermediate], roots, DURING)).resolves.toBeUndefined();
    expect(flip.reads).toBe(1);
    // The other way round: read once as the intermediate, it is no leaf of this chain's subject… it verifies as itself.
    const asIntermediate = flipping('der', intermediate.der, new Error('second read'));
    await expect(verifyCertificateChain(asIntermediate as never, [], roots, DURING)).resolves.toBeUndefined();
  });

  it('verifyCertificateChain: a half-built certificate is judged by its DER; without one it is ERR_CERT_INVALID, never a TypeError', async () => {
    await expect(verifyCertificateChain({ der: leaf.der } as never, [{ der: intermediate.der } as never], roots, DURING)).resolves.toBeUndefined();
    const halfBuilt = { issuerDer: leaf.issuerDer, subjectDer: leaf.subjectDer, notAfter: leaf.notAfter } as never;
    await expect(verifyCertificateChain(halfBuilt, [intermediate], roots, DURING)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected parsed certificates (parseCertificate) and arrays of them.' });
    const nullPrototype = Object.assign(Object.create(null) as object, { der: leaf.der });
    await expect(verifyCertificateChain(nullPrototype as never, [intermediate], roots, DURING)).resolves.toBeUndefined();
  });

  it('verifyCertificateChain: a Date subclass is read by its time, not its getTime; a Proxy of a Date is no Date', async () => {
    const after = new SneakyDate(leaf.notAfter.getTime() + 1000); // its getTime says NaN: the real time is past the leaf's end
    await expect(verifyCertificateChain(leaf, [intermediate], roots, after)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/"[^"]+" is outside its validity dates/) });
    await expect(verifyCertificateChain(leaf, [intermediate], roots, new SneakyDate(DURING.getTime()))).resolves.toBeUndefined();
    await expect(verifyCertificateChain(leaf, [intermediate], roots, new Proxy(DURING, {}) as Date)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: the time to check at is not a valid Date.' });
  });

  it('verifyCertificateChain: a list read once (its length, then each element once), bounded before it is read', async () => {
    let lengthReads = 0;
    let elementReads = 0;
    const list = new Proxy([intermediate], {
      get(target, key) {
        if (key === 'length') {
          lengthReads++;
          return lengthReads === 1 ? 1 : 0;
        }
        if (key === '0') elementReads++;
        return Reflect.get(target, key);
      },
    });
    await expect(verifyCertificateChain(leaf, list, roots, DURING)).resolves.toBeUndefined();
    expect([lengthReads, elementReads]).toEqual([1, 1]);
    let read = 0;
    const huge = new Proxy([] as Certificate[], { get: (target, key) => (key === 'length' ? 1e9 : (read++, Reflect.get(target, key))) });
    await expect(verifyCertificateChain(leaf, huge, roots, DURING)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: a chain is built from 32 intermediate and 32 root certificates at most, got 1000000000.' });
    expect(read).toBe(0);
    for (const length of [-1, 1.5, Number.NaN]) {
      const odd = new Proxy([] as Certificate[], { get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)) });
      await expect(verifyCertificateChain(leaf, odd, roots, DURING)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected parsed certificates (parseCertificate) and arrays of them.' });
    }
  });

  it('readPemCertificates, certSnFromPem, rootCertSn: a String object or a name that is not a string', () => {
    expect(() => readPemCertificates(new String(chainPem) as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected the PEM text, got an object.' }));
    expect(certSnFromPem(chainPem, throwing as never)).toBe(certificateSn(leaf));
    expect(() => certSnFromPem('no PEM', Symbol('name') as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^certificate is not usable: it contains no PEM/) }));
    expect(() => cert.rootCertSn(revoked as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID', message: 'alipayRootCert is not usable: expected the PEM text, got an object.' }));
  });
});

describe('the certificate parts of the main entry', () => {
  it('a certificate option whose getter answers a string once, then something else: read once, so the client uses the string it read', async () => {
    const { app } = await testKeys();
    const { appCert, alipayCert, ca } = await certSetup();
    let reads = 0;
    const config = {
      appId: '2014072300007148',
      privateKey: app.privateKey,
      appCert,
      alipayPublicCert: alipayCert,
      get alipayRootCert() {
        return reads++ === 0 ? ca.rootCert : 42;
      },
    };
    // The configuration is read once (resolveConfig), so the second answer is never seen.
    expect(new AlipayClient(config as never)).toBeInstanceOf(AlipayClient);
    expect(reads).toBe(1);
  });

  it('client.verifyNotify: the notification read once; a hostile one is ERR_REQUEST_INVALID', async () => {
    const { client, alipayCert } = await certSetup();
    const notification = await signedNotification({ notify_id: 'n1', trade_status: 'TRADE_SUCCESS', charset: 'utf-8', sign_type: 'RSA2', alipay_cert_sn: certSnFromPem(alipayCert) });
    expect(await client.verifyNotify(notification)).toBe(true);
    // A getter for alipay_cert_sn that would name another SN on a second read.
    const flip = { ...notification } as Record<string, unknown>;
    let reads = 0;
    Object.defineProperty(flip, 'alipay_cert_sn', { enumerable: true, get: () => (reads++ === 0 ? notification.alipay_cert_sn : 'f'.repeat(32)) });
    expect(await client.verifyNotify(flip as never)).toBe(true);
    expect(reads).toBe(1);
    // A URLSearchParams subclass whose getAll lies is read by its serialisation.
    class Lying extends URLSearchParams {
      override getAll(): string[] {
        return ['f'.repeat(32)];
      }
    }
    expect(await client.verifyNotify(new Lying(notification))).toBe(true);
    for (const hostile of [throwing, revoked, new Proxy(new URLSearchParams(notification), {})]) {
      await expect(client.verifyNotify(hostile as never)).rejects.toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    }
    await expect(client.verifyNotify(notification, throwing as never)).rejects.toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    await expect(client.verifyNotify(notification, 'v2' as never)).rejects.toMatchObject({ code: 'ERR_REQUEST_INVALID' });
  });
});

describe('look-alikes that are not what they claim', () => {
  it('an array-like object is no list; a function carrying certificate fields is no certificate', async () => {
    const arrayLike = { length: 1, 0: intermediate };
    await expect(verifyCertificateChain(leaf, arrayLike as never, roots, DURING)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected parsed certificates (parseCertificate) and arrays of them.' });
    const fn = Object.assign(() => {}, { issuer: leaf.issuer, serial: leaf.serial, der: leaf.der });
    expect(() => certificateSn(fn as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected a parsed certificate (parseCertificate), got a function.' }));
    expect(() => certificateSn({ issuer: leaf.issuer, serial: 256 } as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
    expect(() => certificateSn(null as never)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected a parsed certificate (parseCertificate), got null.' }));
    await expect(verifyCertificateChain(null as never, [], roots, DURING)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected parsed certificates (parseCertificate) and arrays of them.' });
  });

  it('a name that is not a string is "certificate" in the messages', async () => {
    await expect(verifyCertificateChain(leaf, [], roots, DURING, Symbol('n') as never)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^certificate is not usable: "[^"]+" does not chain/) });
  });
});
