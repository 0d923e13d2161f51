// X.509 reading at its edges, on certificates built byte by byte here (an independent DER writer;
// signatures are not checked by the parser): PEM bundles, every field parseCertificate returns,
// RFC 2253 names as Java writes them (the text Alipay hashes into SNs), serials, both time forms,
// basicConstraints, each structural refusal, the SN functions and the root bundle's RSA filter.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { certSnFromPem, certificatePublicKey, certificateSn, parseCertificate, readPemCertificates, rootCertSn } from '../../src/crypto/x509.ts';
import { testKeys, thrownBy } from '../support.ts';

// ---- A small DER writer ------------------------------------------------------------------------

type Bytes = Uint8Array | number[];
const lengthOf = (n: number) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff]);
function tlv(tag: number, ...parts: Bytes[]): Uint8Array {
  const body = parts.flatMap((part) => [...part]);
  return Uint8Array.from([tag, ...lengthOf(body.length), ...body]);
}
function oid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [a! * 40 + b!];
  for (const arc of rest) {
    const encoded = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) encoded.unshift((v & 0x7f) | 0x80);
    bytes.push(...encoded);
  }
  return tlv(0x06, bytes);
}
const ascii = (text: string) => [...new TextEncoder().encode(text)];
const utf8 = (text: string) => tlv(0x0c, ascii(text));
const printable = (text: string) => tlv(0x13, ascii(text));
/** One RDN holding the given attributes. */
const rdn = (...attributes: Array<[string, Uint8Array]>) => tlv(0x31, ...attributes.map(([type, value]) => tlv(0x30, oid(type), value)));
const dn = (...rdns: Uint8Array[]) => tlv(0x30, ...rdns);
const utc = (text: string) => tlv(0x17, ascii(text));
const generalized = (text: string) => tlv(0x18, ascii(text));
const algorithm = (dotted: string) => tlv(0x30, oid(dotted), tlv(0x05));
const SHA256_RSA = '1.2.840.113549.1.1.11';
const SHA1_RSA = '1.2.840.113549.1.1.5';
const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const CN = '2.5.4.3';
const O = '2.5.4.10';

const { alipay } = await testKeys();
const SPKI = Uint8Array.from(atob(alipay.publicKey.replace(/-----[A-Z ]+-----|\s/g, '')), (c) => c.charCodeAt(0));
const ISSUER = dn(rdn(['2.5.4.6', printable('CN')]), rdn([O, utf8('Ant Financial')]), rdn([CN, utf8('Test CA')]));
const SUBJECT = dn(rdn(['2.5.4.6', printable('CN')]), rdn([CN, utf8('Alipay')]));

interface CertParts {
  version?: boolean;
  serial?: number[];
  issuer?: Uint8Array;
  subject?: Uint8Array;
  validity?: Uint8Array;
  spki?: Uint8Array;
  extensions?: Uint8Array;
  tbsAlgorithm?: string;
  outerAlgorithm?: Uint8Array;
  signature?: Uint8Array;
}

/** The TBSCertificate of `parts`. */
function tbsOf(parts: CertParts = {}): Uint8Array {
  return tlv(
    0x30,
    ...(parts.version === false ? [] : [tlv(0xa0, tlv(0x02, [2]))]),
    tlv(0x02, parts.serial ?? [0x01, 0x00]),
    algorithm(parts.tbsAlgorithm ?? SHA256_RSA),
    parts.issuer ?? ISSUER,
    parts.validity ?? tlv(0x30, utc('250102030405Z'), generalized('20510607080910Z')),
    parts.subject ?? SUBJECT,
    parts.spki ?? SPKI,
    ...(parts.extensions ? [tlv(0xa3, parts.extensions)] : []),
  );
}
function certificate(parts: CertParts = {}): Uint8Array {
  return tlv(0x30, tbsOf(parts), parts.outerAlgorithm ?? algorithm(SHA256_RSA), parts.signature ?? tlv(0x03, [0x00, 0xde, 0xad, 0xbe, 0xef]));
}
const pemOf = (der: Uint8Array) => `-----BEGIN CERTIFICATE-----\n${btoa(String.fromCharCode(...der)).replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
const basicConstraints = (...contents: Uint8Array[]) => tlv(0x30, oid('2.5.29.19'), ...contents);
const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

/** The RFC 2253 subject of a certificate whose subject is `name`. */
const subjectOf = (name: Uint8Array) => parseCertificate(certificate({ subject: name })).subject;
const notACertificate = (der: Uint8Array, name?: string) => thrownBy(() => (name === undefined ? parseCertificate(der) : parseCertificate(der, name)));
const NOT_X509 = { code: 'ERR_CERT_INVALID', message: 'certificate is not usable: it is not an X.509 certificate.' };

// ---- Tests ---------------------------------------------------------------------------------------

describe('parseCertificate: the fields', () => {
  it('every field, taken from where X.509 puts it', () => {
    const tbs = tbsOf();
    const der = tlv(0x30, tbs, algorithm(SHA1_RSA), tlv(0x03, [0x00, 0xde, 0xad, 0xbe, 0xef]));
    const cert = parseCertificate(der);
    expect(cert.der).toEqual(der);
    expect(cert.der).not.toBe(der); // a copy: see 'the bytes are copied' below
    expect(cert.tbs).toEqual(tbs);
    expect(cert.signatureAlgorithm).toBe(SHA1_RSA); // the outer algorithm, the one the issuer signed with
    expect(cert.signature).toEqual(Uint8Array.from([0xde, 0xad, 0xbe, 0xef])); // the unused-bits byte dropped
    expect(cert.serial).toBe('256');
    expect(cert.issuer).toBe('CN=Test CA,O=Ant Financial,C=CN');
    expect(cert.subject).toBe('CN=Alipay,C=CN');
    expect(cert.issuerDer).toEqual(ISSUER);
    expect(cert.subjectDer).toEqual(SUBJECT);
    expect(cert.notBefore.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(cert.notAfter.toISOString()).toBe('2051-06-07T08:09:10.000Z');
    expect(cert.publicKey).toEqual(SPKI);
    expect(cert.isCa).toBeUndefined();
    expect(certificatePublicKey(der)).toEqual(SPKI);
  });

  it('a v1 certificate (no version field) is read the same way', () => {
    const v1 = parseCertificate(certificate({ version: false }));
    const v3 = parseCertificate(certificate());
    expect({ ...v1, der: undefined, tbs: undefined }).toEqual({ ...v3, der: undefined, tbs: undefined });
  });

  it.each([
    [[0x01], '1'],
    [[0x00, 0x80], '128'],
    [[0x01, 0x00], '256'],
    [[0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], '2361183241434822606847'],
    [[0x80], '-128'],
    [[0xff], '-1'],
    [[0xff, 0x7f], '-129'],
    [[], '0'],
  ])('serial %j is %s (two\'s complement, big-endian)', (serial, decimal) => {
    expect(parseCertificate(certificate({ serial })).serial).toBe(decimal);
  });
});

describe('names in RFC 2253 form, as Java writes them', () => {
  it('every named attribute type, most significant last in the DER and first in the text', () => {
    const name = dn(
      rdn(['0.9.2342.19200300.100.1.25', tlv(0x16, ascii('com'))]),
      rdn(['2.5.4.6', printable('CN')]),
      rdn(['2.5.4.8', utf8('Zhejiang')]),
      rdn(['2.5.4.7', utf8('Hangzhou')]),
      rdn(['2.5.4.9', utf8('Road 1')]),
      rdn([O, utf8('Ant')]),
      rdn(['2.5.4.11', utf8('Unit')]),
      rdn(['0.9.2342.19200300.100.1.1', utf8('u1')]),
      rdn([CN, utf8('Name')]),
    );
    expect(subjectOf(name)).toBe('CN=Name,UID=u1,OU=Unit,O=Ant,STREET=Road 1,L=Hangzhou,ST=Zhejiang,C=CN,DC=com');
  });

  it('the string types: UTF8String, PrintableString, IA5String, TeletexString (Latin-1), BMPString (UTF-16BE)', () => {
    const bmp = tlv(0x1e, [0x65, 0x2f, 0x4e, 0xd8, 0x5b, 0x9d]); // 支付宝
    expect(subjectOf(dn(rdn([CN, utf8('支付宝')])))).toBe('CN=支付宝');
    expect(subjectOf(dn(rdn([CN, printable('Ant 1')])))).toBe('CN=Ant 1');
    expect(subjectOf(dn(rdn([CN, tlv(0x16, ascii('a@b.c'))])))).toBe('CN=a@b.c');
    expect(subjectOf(dn(rdn([CN, tlv(0x14, [0x63, 0x61, 0x66, 0xe9])])))).toBe('CN=café');
    expect(subjectOf(dn(rdn([CN, bmp])))).toBe('CN=支付宝');
  });

  it('an unnamed attribute type, or a value that is not a string type, is OID=#hex of the whole value', () => {
    expect(subjectOf(dn(rdn(['2.5.4.5', printable('1234')])))).toBe('2.5.4.5=#130431323334');
    expect(subjectOf(dn(rdn([CN, tlv(0x02, [0x05])])))).toBe('2.5.4.3=#020105');
    expect(subjectOf(dn(rdn([CN, tlv(0x1c, [0, 0, 0, 0x41])])))).toBe('2.5.4.3=#1c0400000041'); // UniversalString
  });

  it('a multi-valued RDN joins its values with "+"', () => {
    expect(subjectOf(dn(rdn([O, utf8('Ant')], ['2.5.4.11', utf8('Unit')]), rdn([CN, utf8('Name')])))).toMatch(/^CN=Name,(O=Ant\+OU=Unit|OU=Unit\+O=Ant)$/);
  });

  it.each([
    ['a,b+c"d\\e<f>g;h', 'a\\,b\\+c\\"d\\\\e\\<f\\>g\\;h'],
    ['#1', '\\#1'],
    [' lead', '\\ lead'],
    ['trail ', 'trail\\ '],
    [' ', '\\ '],
    [' both ', '\\ both\\ '],
    ['in side', 'in side'],
    ['a#b', 'a#b'],
  ])('%j is escaped as %j (RFC 2253 §2.4)', (value, escaped) => {
    expect(subjectOf(dn(rdn([CN, utf8(value)])))).toBe(`CN=${escaped}`);
  });

  it('an attribute without an OID type, or without a value, is not a certificate', () => {
    expect(notACertificate(certificate({ subject: dn(tlv(0x31, tlv(0x30, utf8('CN'), utf8('x')))) }))).toMatchObject(NOT_X509);
    expect(notACertificate(certificate({ subject: dn(tlv(0x31, tlv(0x30, oid(CN)))) }))).toMatchObject(NOT_X509);
  });
});

describe('validity times', () => {
  const validity = (notBefore: Uint8Array, notAfter: Uint8Array = generalized('20510607080910Z')) => parseCertificate(certificate({ validity: tlv(0x30, notBefore, notAfter) }));

  it('UTCTime: years 00–49 are 20xx, 50–99 are 19xx', () => {
    expect(validity(utc('491231235959Z')).notBefore.toISOString()).toBe('2049-12-31T23:59:59.000Z');
    expect(validity(utc('500101000000Z')).notBefore.toISOString()).toBe('1950-01-01T00:00:00.000Z');
    expect(validity(utc('000229120000Z')).notBefore.toISOString()).toBe('2000-02-29T12:00:00.000Z');
  });

  it('GeneralizedTime: four-digit years', () => {
    expect(validity(generalized('19991231235958Z')).notBefore.toISOString()).toBe('1999-12-31T23:59:58.000Z');
    expect(validity(utc('250101000000Z'), generalized('20491130000000Z')).notAfter.toISOString()).toBe('2049-11-30T00:00:00.000Z');
  });

  it.each([
    ['UTCTime without Z', utc('250101000000')],
    ['UTCTime with an offset', utc('250101000000+0800')],
    ['UTCTime with seconds missing', utc('2501010000Z')],
    ['UTCTime with a leading character', utc('X250101000000Z')],
    ['UTCTime written as GeneralizedTime', utc('20250101000000Z')],
    ['GeneralizedTime written as UTCTime', generalized('250101000000Z')],
    ['GeneralizedTime with fractional seconds', generalized('20250101000000.5Z')],
    ['GeneralizedTime with a trailing character', generalized('20250101000000ZZ')],
    ['UTCTime with a trailing character', utc('250101000000Z0')],
    ['GeneralizedTime with a leading character', generalized('X20250101000000Z')],
    ['a time with letters for digits', utc('25O101000000Z')],
  ])('%s is not a certificate', (_case, time) => {
    expect(notACertificate(certificate({ validity: tlv(0x30, time, generalized('20510607080910Z')) }))).toMatchObject(NOT_X509);
  });
});

describe('basicConstraints: isCa', () => {
  const isCa = (extensions?: Uint8Array) => parseCertificate(certificate(extensions ? { extensions } : {})).isCa;
  const keyUsage = tlv(0x30, oid('2.5.29.15'), tlv(0x01, [0xff]), tlv(0x04, tlv(0x03, [0x05, 0xa0])));
  const critical = tlv(0x01, [0xff]);

  it('cA TRUE is a CA, after other extensions, with or without the critical flag', () => {
    expect(isCa(tlv(0x30, keyUsage, basicConstraints(critical, tlv(0x04, tlv(0x30, tlv(0x01, [0xff]))))))).toBe(true);
    expect(isCa(tlv(0x30, basicConstraints(tlv(0x04, tlv(0x30, tlv(0x01, [0xff]), tlv(0x02, [0x00]))))))).toBe(true);
    expect(isCa(tlv(0x30, basicConstraints(tlv(0x04, tlv(0x30, tlv(0x01, [0x01]))))))).toBe(true); // any non-zero byte is TRUE (BER)
  });

  it('cA FALSE, cA absent (an empty SEQUENCE), or only a path length, is not a CA', () => {
    expect(isCa(tlv(0x30, basicConstraints(critical, tlv(0x04, tlv(0x30, tlv(0x01, [0x00]))))))).toBe(false);
    expect(isCa(tlv(0x30, basicConstraints(critical, tlv(0x04, tlv(0x30)))))).toBe(false);
    expect(isCa(tlv(0x30, basicConstraints(tlv(0x04, tlv(0x30, tlv(0x02, [0x01]))))))).toBe(false);
  });

  it('no extensions, an empty extensions field, or no basicConstraints: unknown', () => {
    expect(isCa()).toBeUndefined();
    expect(parseCertificate(tlv(0x30, tlv(0x30, ...[...readTbsChildren(), tlv(0xa3)]), algorithm(SHA256_RSA), tlv(0x03, [0x00, 0x01]))).isCa).toBeUndefined();
    expect(isCa(tlv(0x30, keyUsage))).toBeUndefined();
  });

  it('an empty extension (no OID, no value) is not an X.509 certificate: a malformed extension is never skipped', () => {
    expect(notACertificate(certificate({ extensions: tlv(0x30, tlv(0x30), keyUsage) }))).toMatchObject(NOT_X509);
  });
});

/** The TBSCertificate's fields of the default certificate, re-encoded one by one. */
function readTbsChildren(): Uint8Array[] {
  return [tlv(0xa0, tlv(0x02, [2])), tlv(0x02, [0x01]), algorithm(SHA256_RSA), ISSUER, tlv(0x30, utc('250102030405Z'), generalized('20510607080910Z')), SUBJECT, SPKI];
}

describe('parseCertificate: what is not a certificate', () => {
  const fields = readTbsChildren();
  const tbsWith = (...children: Uint8Array[]) => tlv(0x30, ...children);
  const wrap = (tbs: Uint8Array) => tlv(0x30, tbs, algorithm(SHA256_RSA), tlv(0x03, [0x00, 0x01]));

  it('the three parts: a SEQUENCE of TBSCertificate SEQUENCE, algorithm SEQUENCE (with an OID) and signature BIT STRING', () => {
    const good = parseCertificate(wrap(tbsWith(...fields)));
    expect(good.serial).toBe('1');
    expect(notACertificate(tlv(0x31, tbsWith(...fields), algorithm(SHA256_RSA), tlv(0x03, [0x00, 0x01])))).toMatchObject(NOT_X509);
    expect(notACertificate(tlv(0x30, tlv(0x31, ...fields), algorithm(SHA256_RSA), tlv(0x03, [0x00, 0x01])))).toMatchObject(NOT_X509);
    expect(notACertificate(tlv(0x30, tbsWith(...fields), oid(SHA256_RSA), tlv(0x03, [0x00, 0x01])))).toMatchObject(NOT_X509);
    expect(notACertificate(tlv(0x30, tbsWith(...fields), algorithm(SHA256_RSA), tlv(0x04, [0x00, 0x01])))).toMatchObject(NOT_X509);
    expect(notACertificate(tlv(0x30, tbsWith(...fields), algorithm(SHA256_RSA)))).toMatchObject(NOT_X509);
    expect(notACertificate(tlv(0x30, tbsWith(...fields), tlv(0x30), tlv(0x03, [0x00, 0x01])))).toMatchObject(NOT_X509);
    expect(notACertificate(Uint8Array.from([...wrap(tbsWith(...fields)), 0x00]))).toMatchObject(NOT_X509); // trailing byte
  });

  it('the TBSCertificate: an INTEGER serial, issuer, validity with two times, subject and a SEQUENCE key', () => {
    const [version, serial, alg, issuer, validity, subject, spki] = fields as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    expect(notACertificate(wrap(tbsWith(version, tlv(0x04, [0x01]), alg, issuer, validity, subject, spki)))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith(version, serial, alg, issuer, validity, subject, tlv(0x03, [0x00]))))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith(version, serial, alg, issuer, validity, subject)))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith(version, serial, alg, issuer, validity)))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith(version, serial, alg, issuer)))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith(version, serial, alg)))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith(version, serial, alg, issuer, tlv(0x30, utc('250102030405Z')), subject, spki)))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith(version, serial, alg, issuer, tlv(0x30), subject, spki)))).toMatchObject(NOT_X509);
    expect(notACertificate(wrap(tbsWith()))).toMatchObject(NOT_X509);
  });

  it('the name given is in the message; anything but a Uint8Array is refused saying what it got', () => {
    expect(notACertificate(Uint8Array.from([0x30, 0x03, 0x02, 0x01, 0x00]), 'alipayRootCert')).toMatchObject({ code: 'ERR_CERT_INVALID', message: 'alipayRootCert is not usable: it is not an X.509 certificate.' });
    expect(thrownBy(() => certificatePublicKey(Uint8Array.from([0x05, 0x00]), 'appCert'))).toMatchObject({ message: 'appCert is not usable: it is not an X.509 certificate.' });
    expect(thrownBy(() => parseCertificate('MIIB' as never, 'appCert'))).toMatchObject({ code: 'ERR_CERT_INVALID', message: 'appCert is not usable: expected DER bytes (a Uint8Array), got a string.' });
    expect(thrownBy(() => parseCertificate([0x30, 0x00] as never))).toMatchObject({ message: 'certificate is not usable: expected DER bytes (a Uint8Array), got an array.' });
    expect(thrownBy(() => parseCertificate(Uint8Array.from([0x05, 0x00]), 42 as never))).toMatchObject({ message: 'certificate is not usable: it is not an X.509 certificate.' });
  });
});

describe('readPemCertificates', () => {
  const a = certificate({ serial: [0x0a] });
  const b = certificate({ serial: [0x0b] });

  it('every certificate of a bundle, in file order, whatever lies between and around them', () => {
    const text = `leading text\n${pemOf(a)}junk between\n${pemOf(b)}trailing`;
    expect(readPemCertificates(text)).toEqual([a, b]);
  });

  it('line breaks written as \\r\\n or \\n (as in environment variables) and any whitespace are ignored', () => {
    const flat = pemOf(a).replaceAll('\n', '\\r\\n').replace('MII', 'M I\tI');
    expect(readPemCertificates(flat)).toEqual([a]);
    expect(readPemCertificates(pemOf(a).replaceAll('\n', '\\n'))).toEqual([a]);
  });

  it('an END before a BEGIN is not taken as its end; a BEGIN without END after a certificate is ignored', () => {
    expect(readPemCertificates(`-----END CERTIFICATE-----\n${pemOf(a)}`)).toEqual([a]);
    expect(readPemCertificates(`${pemOf(a)}-----BEGIN CERTIFICATE-----\nMIIB`)).toEqual([a]);
    expect(readPemCertificates(`-----END CERTIFICATE-----${pemOf(a)}`)).toEqual([a]);
  });

  it('no certificate, a BEGIN without END, or a block that is not base64: ERR_CERT_INVALID naming the input', () => {
    const noPem = { code: 'ERR_CERT_INVALID', message: 'alipayPublicCert is not usable: it contains no PEM certificate ("BEGIN CERTIFICATE").' };
    expect(thrownBy(() => readPemCertificates('', 'alipayPublicCert'))).toMatchObject(noPem);
    expect(thrownBy(() => readPemCertificates(pemOf(a).replace('-----END CERTIFICATE-----', ''), 'alipayPublicCert'))).toMatchObject(noPem);
    expect(thrownBy(() => readPemCertificates(`${pemOf(a)}${pemOf(b).replace('MI', 'M*')}`, 'alipayPublicCert'))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: 'alipayPublicCert is not usable: a certificate in it is not valid base64.',
    });
    expect(thrownBy(() => readPemCertificates(42 as never))).toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: expected the PEM text, got a number.' });
  });
});

describe('SNs', () => {
  it('certificateSn is the MD5 hex of the RFC 2253 issuer followed by the decimal serial', () => {
    const cert = parseCertificate(certificate({ serial: [0x01, 0x00] }));
    expect(certificateSn(cert)).toBe(md5('CN=Test CA,O=Ant Financial,C=CN256'));
    expect(certificateSn({ issuer: 'CN=支付宝', serial: '-1' })).toBe(md5('CN=支付宝-1'));
    expect(certSnFromPem(pemOf(certificate({ serial: [0x01, 0x00] })))).toBe(md5('CN=Test CA,O=Ant Financial,C=CN256'));
  });

  it.each([null, 'CN=a', { issuer: 1, serial: '1' }, { issuer: 'CN=a', serial: 1 }, { serial: '1' }])('certificateSn(%j) is ERR_CERT_INVALID', (value) => {
    const err = thrownBy(() => certificateSn(value as never));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^certificate is not usable: expected a parsed certificate \(parseCertificate\), got /) });
  });

  it('certSnFromPem names the input in its errors, at reading and at parsing', () => {
    expect(thrownBy(() => certSnFromPem('nothing', 'appCert'))).toMatchObject({ message: expect.stringMatching(/^appCert is not usable: it contains no PEM/) });
    expect(thrownBy(() => certSnFromPem(pemOf(Uint8Array.from([0x05, 0x00])), 'appCert'))).toMatchObject({ message: 'appCert is not usable: it is not an X.509 certificate.' });
  });

  it('rootCertSn: the SNs of the RSA-signed roots, in file order, joined by "_"; other algorithms skipped', () => {
    const rsa1 = certificate({ serial: [0x01] });
    const ec = certificate({ serial: [0x02], outerAlgorithm: algorithm(ECDSA_SHA256) });
    const sm2 = certificate({ serial: [0x03], outerAlgorithm: algorithm('1.2.156.10197.1.501') });
    const rsa2 = certificate({ serial: [0x04], outerAlgorithm: algorithm(SHA1_RSA) });
    const sn = (serial: string) => md5(`CN=Test CA,O=Ant Financial,C=CN${serial}`);
    expect(rootCertSn([rsa1, ec, sm2, rsa2].map(pemOf).join(''))).toBe(`${sn('1')}_${sn('4')}`);
    expect(rootCertSn(pemOf(ec))).toBe('');
  });

  it('rootCertSn names the input alipayRootCert unless told otherwise', () => {
    expect(thrownBy(() => rootCertSn('nothing'))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^alipayRootCert is not usable: it contains no PEM/) });
    expect(thrownBy(() => rootCertSn(pemOf(Uint8Array.from([0x05, 0x00]))))).toMatchObject({ message: 'alipayRootCert is not usable: it is not an X.509 certificate.' });
    expect(thrownBy(() => rootCertSn(pemOf(Uint8Array.from([0x05, 0x00])), 'roots'))).toMatchObject({ message: 'roots is not usable: it is not an X.509 certificate.' });
  });
});

describe('the default name in errors', () => {
  it('is "certificate" for certificatePublicKey and certSnFromPem', () => {
    expect(thrownBy(() => certificatePublicKey(Uint8Array.from([0x05, 0x00])))).toMatchObject(NOT_X509);
    expect(thrownBy(() => certSnFromPem(pemOf(Uint8Array.from([0x05, 0x00]))))).toMatchObject(NOT_X509);
  });
});

describe('the extensions path validation reads: basicConstraints, keyUsage, critical flags', () => {
  const CRITICAL = tlv(0x01, [0xff]);
  const ext = (dotted: string, value: Uint8Array, ...flag: Uint8Array[]) => tlv(0x30, oid(dotted), ...flag, tlv(0x04, value));
  const parsed = (...extensions: Uint8Array[]) => parseCertificate(certificate({ extensions: tlv(0x30, ...extensions) }));
  const refused = (...extensions: Uint8Array[]) => expect(notACertificate(certificate({ extensions: tlv(0x30, ...extensions) }))).toMatchObject(NOT_X509);
  const bc = (...fields: Uint8Array[]) => ext('2.5.29.19', tlv(0x30, ...fields), CRITICAL);
  const ku = (...bits: number[]) => ext('2.5.29.15', tlv(0x03, bits), CRITICAL);

  it('no extensions: no constraints known, nothing critical', () => {
    const cert = parseCertificate(certificate());
    expect([cert.isCa, cert.pathLenConstraint, cert.keyUsage, cert.criticalExtensions]).toEqual([undefined, undefined, undefined, []]);
  });

  it('pathLenConstraint: after cA or alone, one or more bytes, clamped at 2^31', () => {
    expect(parsed(bc(tlv(0x01, [0xff]), tlv(0x02, [0x00]))).pathLenConstraint).toBe(0);
    expect(parsed(bc(tlv(0x01, [0xff]), tlv(0x02, [0x03]))).pathLenConstraint).toBe(3);
    expect(parsed(bc(tlv(0x02, [0x01]))).pathLenConstraint).toBe(1);
    expect(parsed(bc(tlv(0x01, [0xff]), tlv(0x02, [0x00, 0x80]))).pathLenConstraint).toBe(128);
    expect(parsed(bc(tlv(0x01, [0xff]), tlv(0x02, [0x01, 0x00]))).pathLenConstraint).toBe(256);
    expect(parsed(bc(tlv(0x01, [0xff]), tlv(0x02, [0x7f, 0xff, 0xff, 0xff]))).pathLenConstraint).toBe(2 ** 31 - 1);
    expect(parsed(bc(tlv(0x01, [0xff]), tlv(0x02, [0x00, 0x80, 0x00, 0x00, 0x00]))).pathLenConstraint).toBe(2 ** 31);
    expect(parsed(bc(tlv(0x01, [0xff]), tlv(0x02, [0x01, 0x00, 0x00, 0x00, 0x00]))).pathLenConstraint).toBe(2 ** 31);
    expect(parsed(bc(tlv(0x01, [0xff]))).pathLenConstraint).toBeUndefined();
    expect(parsed(bc()).isCa).toBe(false);
  });

  it('basicConstraints that is not SEQUENCE { BOOLEAN?, INTEGER? } is not a certificate', () => {
    refused(bc(tlv(0x02, [0x80]))); // negative
    refused(bc(tlv(0x01, [0xff]), tlv(0x02, []))); // empty INTEGER
    refused(bc(tlv(0x02, [0x01]), tlv(0x01, [0xff]))); // the wrong order
    refused(bc(tlv(0x01, [0xff]), tlv(0x02, [0x01]), tlv(0x02, [0x01]))); // one field too many
    refused(bc(tlv(0x01, [0xff]), tlv(0x04, [0x01]))); // pathLen not an INTEGER
    refused(bc(tlv(0x01, [0xff, 0xff]))); // a BOOLEAN of two bytes
    refused(bc(tlv(0x01, []))); // a BOOLEAN of none
    refused(ext('2.5.29.19', tlv(0x31, tlv(0x01, [0xff])))); // a SET
    refused(ext('2.5.29.19', Uint8Array.from([...tlv(0x30, tlv(0x01, [0xff])), 0x00]))); // a byte after it
  });

  it('keyUsage: the bits set, by name, in bit order; the unused bits are not read', () => {
    expect(parsed(ku(0x07, 0x80)).keyUsage).toEqual(['digitalSignature']);
    expect(parsed(ku(0x01, 0x04)).keyUsage).toEqual(['keyCertSign']);
    expect(parsed(ku(0x01, 0x06)).keyUsage).toEqual(['keyCertSign', 'cRLSign']);
    expect(parsed(ku(0x00, 0xff, 0x80)).keyUsage).toEqual(['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly']);
    expect(parsed(ku(0x07, 0xff, 0x80)).keyUsage).toHaveLength(9); // decipherOnly is bit 8, the last one not unused
    expect(parsed(ku(0x03, 0x7f)).keyUsage).toEqual(['nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement']); // bits 5–7 unused
    expect(parsed(ku(0x03, 0x04)).keyUsage).toEqual([]); // keyCertSign's bit is an unused one
    expect(parsed(ku(0x00)).keyUsage).toEqual([]);
    expect(parsed(ku(0x02, 0x06)).keyUsage).toEqual(['keyCertSign']);
  });

  it('keyUsage that is not a BIT STRING with 0 to 7 unused bits is not a certificate', () => {
    refused(ku()); // no unused-bits byte
    refused(ku(0x08, 0x80));
    refused(ku(0x01)); // unused bits but no byte
    refused(ext('2.5.29.15', tlv(0x04, [0x00, 0x80]), CRITICAL));
  });

  it('critical flags: TRUE (any non-zero byte) is critical, FALSE or absent is not; the OIDs in certificate order', () => {
    const cert = parsed(ext('1.2.3', tlv(0x05), tlv(0x01, [0x00])), ext('1.2.4', tlv(0x05), tlv(0x01, [0x01])), ext('1.2.5', tlv(0x05)), bc(tlv(0x01, [0xff])), ku(0x07, 0x80));
    expect(cert.criticalExtensions).toEqual(['1.2.4', '2.5.29.19', '2.5.29.15']);
  });

  it('an extension that is not SEQUENCE { OID, BOOLEAN?, OCTET STRING }, or given twice, is not a certificate', () => {
    refused(tlv(0x30, oid('1.2.3'))); // no value
    refused(tlv(0x30, oid('1.2.3'), tlv(0x01, [0xff]), tlv(0x04, tlv(0x05)), tlv(0x04, tlv(0x05)))); // four parts
    refused(tlv(0x30, tlv(0x04, [1]), tlv(0x04, tlv(0x05)))); // no OID
    refused(tlv(0x30, oid('1.2.3'), tlv(0x03, [0]))); // the value not an OCTET STRING
    refused(tlv(0x30, oid('1.2.3'), tlv(0x02, [1]), tlv(0x04, tlv(0x05)))); // the flag not a BOOLEAN
    refused(tlv(0x31, oid('1.2.3'), tlv(0x04, tlv(0x05)))); // a SET
    refused(ext('1.2.3', tlv(0x05)), ext('1.2.3', tlv(0x05)));
    refused(bc(tlv(0x01, [0xff])), bc(tlv(0x01, [0x00])));
    expect(parsed(ext('1.2.3', tlv(0x05)), ext('1.2.3.1', tlv(0x05))).criticalExtensions).toEqual([]);
  });

  it('the [3] field holds one SEQUENCE of extensions: anything else is not a certificate', () => {
    const wrapWith = (field: Uint8Array) => tlv(0x30, tlv(0x30, ...readTbsChildren(), field), algorithm(SHA256_RSA), tlv(0x03, [0x00, 0x01]));
    expect(notACertificate(wrapWith(tlv(0xa3, tlv(0x31, ext('1.2.3', tlv(0x05))))))).toMatchObject(NOT_X509);
    expect(notACertificate(wrapWith(tlv(0xa3, tlv(0x30, ext('1.2.3', tlv(0x05))), tlv(0x30))))).toMatchObject(NOT_X509);
    expect(parseCertificate(wrapWith(tlv(0xa3, tlv(0x30, ext('1.2.3', tlv(0x05)))))).criticalExtensions).toEqual([]);
  });
});

describe('both signature algorithm fields, and the bytes are copied', () => {
  it('signatureAlgorithmDer is the outer AlgorithmIdentifier, tbsSignatureAlgorithmDer the one inside the signed part', () => {
    const cert = parseCertificate(certificate({ tbsAlgorithm: SHA1_RSA, outerAlgorithm: algorithm(SHA256_RSA) }));
    expect(cert.signatureAlgorithmDer).toEqual(algorithm(SHA256_RSA));
    expect(cert.tbsSignatureAlgorithmDer).toEqual(algorithm(SHA1_RSA));
  });

  it('the signed part\'s algorithm must be a SEQUENCE', () => {
    const fields = readTbsChildren();
    fields[2] = oid(SHA256_RSA);
    expect(notACertificate(tlv(0x30, tlv(0x30, ...fields), algorithm(SHA256_RSA), tlv(0x03, [0x00, 0x01])))).toMatchObject(NOT_X509);
  });

  it('the bytes are copied: changing the caller\'s array afterwards changes nothing parsed; a Uint8Array subclass is read by its bytes', () => {
    const der = certificate();
    const cert = parseCertificate(der);
    const key = Uint8Array.from(cert.publicKey);
    der.fill(0);
    expect(cert.publicKey).toEqual(key);
    expect(cert.der).toEqual(certificate());
    class Tricky extends Uint8Array {
      override subarray(): never {
        throw new Error('not called');
      }
    }
    expect(parseCertificate(new Tricky(certificate())).serial).toBe('256');
  });
});
