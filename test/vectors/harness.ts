// Runs a directory of conformance vectors (the project's own, written by ./generate.mjs, or the
// external set in ../shared/vectors: same schemas, see its README) through the library's exported
// building blocks (alipay-edge/protocol, /xml, /cert, /tools). One describe block per vector
// file present; one test per vector.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildSignContent,
  extractJsonSpan,
  importPrivateKey,
  importPublicKey,
  signContent,
  verifyContent,
  verifyNotify,
  verifySignedSpan,
} from '../../src/protocol.ts';
import { certSnFromPem, certificatePublicKey, readPemCertificates, rootCertSn } from '../../src/cert.ts';
import { aesDecrypt, importAesKey } from '../../src/tools.ts';
import { extractXmlSpan, parseXmlNode } from '../../src/xml.ts';
import type { AesVector, CertSnVector, NotifyVector, RequestVector, ResponseVector, Vector, Verdict } from '../support.ts';

const FILES = ['request-signing.json', 'responses.json', 'notify.json', 'cert-sn.json', 'aes.json'] as const;

const verdict = (vector: Vector): Verdict => vector.expected ?? 'valid';
const cases = <T extends Vector>(list: T[]) => list.map((vector) => [`${vector.id} [${verdict(vector)}]`, vector] as const);

/** The verifying key of a response: its SPKI, else the first certificate of Alipay's cert file. */
async function responseKey(vector: ResponseVector, dir: URL): Promise<CryptoKey> {
  if (vector.public_key_pem) return importPublicKey(vector.public_key_pem, vector.sign_type);
  const pem = vector.alipay_cert_pem ?? (vector.alipay_cert_file ? readFileSync(new URL(vector.alipay_cert_file, dir), 'utf8') : undefined);
  if (pem === undefined) throw new Error(`${vector.id} has no public_key_pem, alipay_cert_pem or alipay_cert_file`);
  const [leaf] = readPemCertificates(pem);
  return importPublicKey({ format: 'spki', source: 'spki', der: certificatePublicKey(leaf!) }, vector.sign_type);
}

/**
 * Defines the vitest suites for the vector files in `dir`. The project's own directory (this
 * file's) must hold all five files, each with at least one valid and one invalid vector.
 */
export function runVectorSuite(dir: URL, label: string): void {
  const own = new URL('./', import.meta.url).href === new URL('./', dir).href;
  const load = <T extends Vector>(file: (typeof FILES)[number]): T[] | undefined => {
    const url = new URL(file, dir);
    return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as T[]) : undefined;
  };
  const suite = <T extends Vector>(file: (typeof FILES)[number], body: (list: T[]) => void) => {
    const list = load<T>(file);
    if (!list) {
      if (own) it(`${label}: ${file} exists`, () => expect.fail(`${file} is missing from ${dir.pathname}: run node test/vectors/generate.mjs`));
      return;
    }
    describe(`${label}: ${file}`, () => {
      if (own) {
        it('has valid and invalid vectors', () => {
          expect(list.filter((v) => verdict(v) === 'valid').length).toBeGreaterThan(0);
          expect(list.filter((v) => verdict(v) === 'invalid').length).toBeGreaterThan(0);
        });
      } else {
        it('is not empty', () => expect(list.length).toBeGreaterThan(0));
      }
      if (list.length > 0) body(list);
    });
  };

  if (!FILES.some((file) => existsSync(new URL(file, dir)))) {
    it(`${label}: ${dir.pathname} holds vector files`, () => expect.fail(`none of ${FILES.join(', ')} in ${dir.pathname}`));
    return;
  }

  suite<RequestVector>('request-signing.json', (list) => {
    it.each(cases(list))('%s', async (_name, vector) => {
      const content = buildSignContent(vector.params);
      const privateKey = await importPrivateKey(vector.private_key_pem, vector.sign_type);
      const publicKey = await importPublicKey(vector.public_key_pem, vector.sign_type);
      const signature = await signContent(content, privateKey);
      if (verdict(vector) === 'valid') {
        expect(content).toBe(vector.sign_content);
        expect(signature).toBe(vector.expected_sign);
        expect(await verifyContent(content, vector.expected_sign, publicKey)).toBe(true);
      } else {
        // The vector's signature must not be one the library makes or accepts for these params.
        expect(signature).not.toBe(vector.expected_sign);
        expect(await verifyContent(content, vector.expected_sign, publicKey)).toBe(false);
      }
    });
  });

  suite<ResponseVector>('responses.json', (list) => {
    it.each(cases(list))('%s', async (_name, vector) => {
      const span = vector.format === 'xml' ? extractXmlSpan(vector.body, vector.method) : extractJsonSpan(vector.body, vector.method);
      expect(span.content).toBe(vector.expected_signed_content);
      expect(span.kind).toBe(vector.expected_kind ?? 'object');
      expect(span.node).toBe(vector.expected_node ?? `${vector.method.replaceAll('.', '_')}_response`);
      if (vector.expected_cert_sn !== undefined) expect(span.certSn).toBe(vector.expected_cert_sn);
      const verified = await verifySignedSpan(span, await responseKey(vector, dir));
      if (verdict(vector) === 'invalid') {
        expect(verified).toBeUndefined();
        return;
      }
      expect(verified).toBe(vector.expected_verified_content ?? vector.expected_signed_content);
      const parsed = vector.format === 'xml' ? parseXmlNode(span.node, verified!) : (JSON.parse(verified!) as unknown);
      if (span.kind === 'object') expect(parsed).toBeTypeOf('object');
      else expect(parsed).toBeTypeOf('string');
      expect(parsed).not.toBeNull();
    });
  });

  suite<NotifyVector>('notify.json', (list) => {
    it.each(cases(list))('%s', async (_name, vector) => {
      const options = { rule: vector.rule, signType: vector.sign_type };
      const valid = verdict(vector) === 'valid';
      expect(buildSignContent(vector.params, { exclude: vector.rule === 'v1' ? ['sign_type'] : [] })).toBe(vector.expected_sign_content);
      expect(await verifyNotify(vector.params, vector.public_key_pem, options)).toBe(valid);
      const raw = vector.raw_body ?? vector.raw_query;
      if (raw !== undefined) expect(await verifyNotify(raw, vector.public_key_pem, options)).toBe(valid);
      if (vector.alipay_cert_file) {
        // Certificate mode: the same key, given as Alipay's public certificate.
        const certificate = readFileSync(new URL(vector.alipay_cert_file, dir), 'utf8');
        expect(await verifyNotify(vector.params, certificate, options)).toBe(valid);
      }
    });
  });

  suite<CertSnVector>('cert-sn.json', (list) => {
    it.each(cases(list))('%s', (_name, vector) => {
      const pem = readFileSync(new URL(vector.file, dir), 'utf8');
      const sn = vector.kind === 'root' ? rootCertSn(pem) : certSnFromPem(pem);
      if (verdict(vector) === 'valid') expect(sn).toBe(vector.expected_sn);
      else expect(sn).not.toBe(vector.expected_sn);
    });
  });

  suite<AesVector>('aes.json', (list) => {
    it.each(cases(list))('%s', async (_name, vector) => {
      const decrypt = async () => aesDecrypt(vector.ciphertext_base64, await importAesKey(vector.key_base64));
      if (verdict(vector) === 'valid') expect(await decrypt()).toBe(vector.plaintext);
      else await expect(decrypt()).rejects.toMatchObject({ code: expect.stringMatching(/^ERR_(DECRYPTION_FAILED|KEY_INVALID)$/) });
    });
  });
}
