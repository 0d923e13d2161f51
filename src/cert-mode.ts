// Certificate mode: the app and Alipay identify their keys by certificate serial numbers (SNs).
// Requests carry `app_cert_sn` and `alipay_root_cert_sn`; each answer's `alipay_cert_sn` picks the
// Alipay key that verifies it. An SN the client has not seen (Alipay rotated its certificate) is
// downloaded with `alipay.open.app.alipaycert.download` and trusted only if it chains to the
// configured root certificates.
import { type SignType, importPublicKey, parsePublicKey } from './crypto/keys.ts';
import { type Certificate, certificateSn, parseCertificate, readPemCertificates, rootCertSn, verifyCertificateChain } from './crypto/x509.ts';
import { AlipayError } from './errors.ts';
import { isErrorNode } from './protocol/api-error.ts';
import { asObject, parseJsonNode } from './protocol/json-node.ts';
import { decodeBase64, encodeBase64 } from './encoding.ts';
import type { SignedSpan } from './protocol/json-span.ts';
import { verifySignedSpan } from './protocol/verify-response.ts';
import type { Charset } from './protocol/charset.ts';

/** The three PEM texts of certificate mode. */
export interface CertificateConfig {
  /** The app's public key certificate (appCertPublicKey_….crt). */
  appCert: string;
  /** Alipay's public key certificate (alipayCertPublicKey_RSA2.crt), with its issuer if the file has it. */
  alipayPublicCert: string;
  /** Alipay's root certificate bundle (alipayRootCert.crt). */
  alipayRootCert: string;
}


/** The Alipay verification keys of a client in certificate mode. */
export class CertificateKeys {
  readonly appCertSn: string;
  readonly rootCertSn: string;
  /** The SN of the configured `alipayPublicCert`. */
  readonly alipayCertSn: string;
  readonly #roots: Certificate[];
  readonly #intermediates: Certificate[];
  readonly #keys = new Map<string, Promise<CryptoKey>>();
  readonly #signType: SignType;
  readonly #charset: Charset;
  readonly #download: (sn: string) => Promise<SignedSpan>;

  /**
   * Reads the three certificates (synchronously, so a broken configuration fails at construction).
   *
   * @throws AlipayError `ERR_CERT_INVALID`.
   */
  constructor(config: CertificateConfig, signType: SignType, charset: Charset, download: (sn: string) => Promise<SignedSpan>, appModulus?: Uint8Array) {
    this.#signType = signType;
    this.#charset = charset;
    this.#download = download;
    const app = parseCertificate(readPemCertificates(config.appCert, 'appCert')[0]!, 'appCert');
    this.appCertSn = certificateSn(app);
    this.rootCertSn = rootCertSn(config.alipayRootCert);
    this.#roots = readPemCertificates(config.alipayRootCert, 'alipayRootCert').map((der) => parseCertificate(der, 'alipayRootCert'));
    const [leaf, ...rest] = readPemCertificates(config.alipayPublicCert, 'alipayPublicCert').map((der) => parseCertificate(der, 'alipayPublicCert'));
    this.#intermediates = rest;
    this.alipayCertSn = certificateSn(leaf!);
    if (appModulus) {
      const modulusOf = (cert: Certificate) => parsePublicKey(encodeBase64(cert.publicKey), 'certificate').modulus;
      const same = (a: Uint8Array | undefined) => a !== undefined && a.length === appModulus.length && a.every((byte, i) => byte === appModulus[i]);
      if (!same(modulusOf(app))) {
        throw new AlipayError('ERR_CONFIG', 'appCert is not the certificate of privateKey: use the appCertPublicKey_….crt issued for this key pair (or the privateKey it was issued for).');
      }
      if (same(modulusOf(leaf!))) {
        throw new AlipayError('ERR_CONFIG', "alipayPublicCert holds your own app key: use Alipay's certificate (alipayCertPublicKey_RSA2.crt), not appCertPublicKey_….crt.");
      }
    }
    // The configured certificate is trusted as given (the user put it there), like the official SDKs.
    this.#keys.set(this.alipayCertSn, this.#import(leaf!, 'alipayPublicCert'));
  }

  #import(cert: Certificate, name: string): Promise<CryptoKey> {
    return importPublicKey({ format: 'spki', source: 'spki', der: cert.publicKey }, this.#signType, name);
  }

  /**
   * The key for an answer's `alipay_cert_sn`; without one, the configured certificate's key (for
   * error answers; the client refuses a success without an SN).
   */
  keyFor(sn: string | undefined): Promise<CryptoKey> {
    const id = sn ?? this.alipayCertSn;
    let key = this.#keys.get(id);
    if (!key) {
      key = this.#fetch(id);
      this.#keys.set(id, key);
      // A failed download is not cached: the next answer with this SN tries again.
      key.catch(() => this.#keys.delete(id));
    }
    return key;
  }

  async #fetch(sn: string): Promise<CryptoKey> {
    // The answer of alipay.open.app.alipaycert.download, read before verifying: the key that signed
    // it may be the one being downloaded. The certificate is trusted only once it chains to the
    // root; then the answer is verified.
    const span = await this.#download(sn);
    const node = span.kind === 'object' ? asObject(parseJsonNode(span.content)) : undefined;
    if (!node || isErrorNode(node) || typeof node.alipay_cert_content !== 'string') {
      throw new AlipayError('ERR_CERT_INVALID', `The answer carries alipay_cert_sn ${sn}, and Alipay's certificate for it could not be downloaded${node && isErrorNode(node) ? ` (${String(node.sub_code ?? node.code)})` : ''}.`);
    }
    const pemBytes = decodeBase64(node.alipay_cert_content.replace(/\s+/g, ''));
    if (!pemBytes) throw new AlipayError('ERR_CERT_INVALID', `The certificate downloaded for alipay_cert_sn ${sn} is not base64.`);
    const name = `the certificate downloaded for alipay_cert_sn ${sn}`;
    const [leaf, ...rest] = readPemCertificates(new TextDecoder().decode(pemBytes), name).map((der) => parseCertificate(der, name));
    if (certificateSn(leaf!) !== sn) throw new AlipayError('ERR_CERT_INVALID', `${name} has SN ${certificateSn(leaf!)}, not the one asked for.`);
    await verifyCertificateChain(leaf!, [...rest, ...this.#intermediates], this.#roots, new Date(), name);
    const key = await this.#import(leaf!, name);
    // The download answer itself must be signed by a key we now trust.
    // (Only the new key or the configured one: following a chain of unknown SNs could loop.)
    const answerKey = span.certSn === undefined || span.certSn === sn ? key : span.certSn === this.alipayCertSn ? await this.keyFor(span.certSn) : undefined;
    if (!answerKey) throw new AlipayError('ERR_CERT_INVALID', `The answer that delivered ${name} carries yet another alipay_cert_sn (${span.certSn}).`);
    if ((await verifySignedSpan(span, answerKey, this.#charset)) === undefined) {
      throw new AlipayError('ERR_SIGNATURE_INVALID', `The answer that delivered ${name} is not signed by a trusted Alipay key.`);
    }
    return key;
  }
}

