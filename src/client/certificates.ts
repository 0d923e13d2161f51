// Certificate mode: the app and Alipay identify their keys by certificate serial numbers (SNs).
// Requests carry `app_cert_sn` and `alipay_root_cert_sn`; each answer's `alipay_cert_sn` picks the
// Alipay key that verifies it. An SN the client has not seen (Alipay rotated its certificate) is
// downloaded with `alipay.open.app.alipaycert.download` and trusted only when it is Alipay's own
// certificate for this merchant: it chains to the configured root AND names the same subject as the
// configured alipayPublicCert. The same CA issues every merchant's app certificate, so chaining
// alone would trust any merchant's key. Downloads are triggered by unauthenticated input (a
// notification's SN), so they are bounded: one in flight per SN, failures remembered for a while,
// a few per minute at most.
import { type ParsedKey, type SignType, importPublicKey, parsePublicKey } from '../crypto/keys.ts';
import { verifyCertificateChain } from '../crypto/chain.ts';
import { type Certificate, certificateSn, parseCertificate, readPemCertificates, rootCertSn } from '../crypto/x509.ts';
import { equalBytes } from '../encoding/bytes.ts';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import type { Charset } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import { isErrorNode } from '../protocol/api-error.ts';
import { asObject, parseJsonNode } from '../protocol/json-node.ts';
import type { SignedSpan } from '../protocol/json-span.ts';
import { verifySignedSpan } from '../protocol/verify-response.ts';
import type { CertificateDownload, CertificateSns } from './credentials.ts';
import { type CertificateConfig, configError } from './options.ts';

/** A failed SN is not downloaded again for this long. */
export const FAILED_SN_TTL_MS = 5 * 60_000;
/** At most this many downloads in any minute. */
export const MAX_DOWNLOADS_PER_MINUTE = 10;
/** Failed SNs remembered at once (the oldest are forgotten first). */
const MAX_FAILED_SNS = 1024;

function certInvalid(message: string): AlipayError {
  return new AlipayError('ERR_CERT_INVALID', message);
}

/** A certificate's key (SPKI DER) for importPublicKey. */
function spkiKey(der: Uint8Array): ParsedKey {
  // Stryker disable next-line StringLiteral: importPublicKey always imports `der` as SPKI; format and source only describe it
  return { format: 'spki', source: 'spki', der };
}

/** The Alipay verification keys of a client in certificate mode. */
export class CertificateStore implements CertificateSns {
  readonly appCertSn: string;
  readonly rootCertSn: string;
  /** The SN of the configured `alipayPublicCert`. */
  readonly alipayCertSn: string;
  readonly #roots: Certificate[];
  readonly #intermediates: Certificate[];
  /** The identity every rotated certificate must carry: the configured certificate's subject. */
  readonly #subject: Uint8Array;
  readonly #appModulus: Uint8Array | undefined;
  readonly #signType: SignType;
  readonly #charset: Charset;
  readonly #download: CertificateDownload;
  readonly #now: () => number;
  /** Trusted certificates' public keys (SPKI), by SN. */
  readonly #trusted = new Map<string, Uint8Array>();
  readonly #keys = new Map<string, Promise<CryptoKey>>();
  readonly #inFlight = new Map<string, Promise<Uint8Array>>();
  /** SN → when it may be tried again. */
  readonly #failed = new Map<string, number>();
  // Stryker disable next-line ArrayDeclaration: an entry that is not a time is dropped by the first window filter (its comparison is false)
  #recentDownloads: number[] = [];

  /**
   * Reads the three certificates (synchronously, so a broken configuration fails at first use).
   *
   * @throws AlipayError `ERR_CERT_INVALID` or `ERR_CONFIG`.
   */
  constructor(config: CertificateConfig, signType: SignType, charset: Charset, download: CertificateDownload, appModulus?: Uint8Array, now: () => number = Date.now) {
    this.#signType = signType;
    this.#charset = charset;
    this.#download = download;
    this.#now = now;
    this.#appModulus = appModulus;
    const app = parseCertificate(readPemCertificates(config.appCert, 'appCert')[0]!, 'appCert');
    this.appCertSn = certificateSn(app);
    this.#roots = readPemCertificates(config.alipayRootCert, 'alipayRootCert').map((der) => parseCertificate(der, 'alipayRootCert'));
    this.rootCertSn = rootCertSn(config.alipayRootCert);
    const [leaf, ...rest] = readPemCertificates(config.alipayPublicCert, 'alipayPublicCert').map((der) => parseCertificate(der, 'alipayPublicCert'));
    this.#intermediates = rest;
    this.alipayCertSn = certificateSn(leaf!);
    this.#subject = leaf!.subjectDer;
    if (appModulus) {
      if (!equalBytes(this.#modulusOf(app), appModulus)) {
        throw configError('appCert is not the certificate of privateKey: use the appCertPublicKey_….crt issued for this key pair (or the privateKey it was issued for).');
      }
      if (equalBytes(this.#modulusOf(leaf!), appModulus)) {
        throw configError("alipayPublicCert holds your own app key: use Alipay's certificate (alipayCertPublicKey_RSA2.crt), not appCertPublicKey_….crt.");
      }
    }
    // The configured certificate is trusted as given (the user put it there), like the official SDKs.
    this.#trusted.set(this.alipayCertSn, leaf!.publicKey);
  }

  #modulusOf(cert: Certificate): Uint8Array | undefined {
    return parsePublicKey(encodeBase64(cert.publicKey), 'certificate').modulus;
  }

  /**
   * The key for an answer's `alipay_cert_sn` (for `signType`); without one, the configured
   * certificate's key (for error answers; the client refuses a success without an SN).
   *
   * @throws AlipayError `ERR_CERT_INVALID` when the SN's certificate cannot be had and trusted.
   */
  async keyFor(signType: SignType, sn: string | undefined): Promise<CryptoKey> {
    const id = sn ?? this.alipayCertSn;
    const spki = this.#trusted.get(id) ?? (await this.#resolve(id));
    const cacheId = `${signType}:${id}`;
    let key = this.#keys.get(cacheId);
    if (!key) this.#keys.set(cacheId, (key = importPublicKey(spkiKey(spki), signType, `the Alipay certificate ${id}`)));
    return key;
  }

  /** The SN's certificate key: downloaded once, with every bound in place. */
  #resolve(sn: string): Promise<Uint8Array> {
    const pending = this.#inFlight.get(sn);
    if (pending) return pending;
    const now = this.#now();
    const retryAt = this.#failed.get(sn) ?? -Infinity;
    if (retryAt > now) {
      return Promise.reject(certInvalid(`The answer carries alipay_cert_sn ${sn}, whose certificate could not be had a moment ago; not tried again before ${new Date(retryAt).toISOString()}.`));
    }
    this.#recentDownloads = this.#recentDownloads.filter((at) => at > now - 60_000);
    if (this.#recentDownloads.length >= MAX_DOWNLOADS_PER_MINUTE) {
      return Promise.reject(certInvalid(`The answer carries alipay_cert_sn ${sn}, and ${MAX_DOWNLOADS_PER_MINUTE} certificate downloads were made in the last minute already: not downloaded.`));
    }
    this.#recentDownloads.push(now);
    const download = this.#fetch(sn).then(
      (spki) => {
        this.#trusted.set(sn, spki);
        this.#failed.delete(sn);
        return spki;
      },
      (err: unknown) => {
        if (this.#failed.size >= MAX_FAILED_SNS) this.#failed.delete(this.#failed.keys().next().value!);
        this.#failed.set(sn, this.#now() + FAILED_SN_TTL_MS);
        // Not reaching the gateway stays what it is (retryable); anything else means no trusted key.
        if (err instanceof AlipayError && (err.code === 'ERR_CERT_INVALID' || err.code === 'ERR_NETWORK' || err.code === 'ERR_TIMEOUT' || err.code === 'ERR_ABORTED')) throw err;
        throw new AlipayError('ERR_CERT_INVALID', `Alipay's certificate for alipay_cert_sn ${sn} could not be had: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      },
    );
    const settled = download.finally(() => this.#inFlight.delete(sn));
    this.#inFlight.set(sn, settled);
    return settled;
  }

  async #fetch(sn: string): Promise<Uint8Array> {
    // The answer of alipay.open.app.alipaycert.download, read before verifying: the key that signed
    // it may be the one being downloaded. The certificate is trusted only once it is shown to be
    // Alipay's; then the answer itself is verified.
    const span: SignedSpan = await this.#download(sn);
    const node = span.kind === 'object' ? asObject(parseJsonNode(span.content)) : undefined;
    if (!node || isErrorNode(node) || typeof node.alipay_cert_content !== 'string') {
      const code = node && isErrorNode(node) ? [node.sub_code, node.code].find((value) => typeof value === 'string') : undefined;
      throw certInvalid(`The answer carries alipay_cert_sn ${sn}, and Alipay's certificate for it could not be downloaded${code ? ` (${code})` : ''}.`);
    }
    const pemBytes = decodeBase64(node.alipay_cert_content.replace(/\s/g, ''));
    if (!pemBytes) throw certInvalid(`The certificate downloaded for alipay_cert_sn ${sn} is not base64.`);
    const name = `the certificate downloaded for alipay_cert_sn ${sn}`;
    const [leaf, ...rest] = readPemCertificates(new TextDecoder().decode(pemBytes), name).map((der) => parseCertificate(der, name));
    if (certificateSn(leaf!) !== sn) throw certInvalid(`${name} has SN ${certificateSn(leaf!)}, not the one asked for.`);
    if (!equalBytes(leaf!.subjectDer, this.#subject)) {
      throw certInvalid(`${name} is issued to "${leaf!.subject}", not to the subject of the configured alipayPublicCert: it is not Alipay's certificate for this app (refused even though it may chain to the root).`);
    }
    if (leaf!.isCa === true) throw certInvalid(`${name} is a CA certificate, not Alipay's signing certificate.`);
    if (this.#appModulus && equalBytes(this.#modulusOf(leaf!), this.#appModulus)) throw certInvalid(`${name} holds the app's own key.`);
    await verifyCertificateChain(leaf!, [...rest, ...this.#intermediates], this.#roots, new Date(this.#now()), name);
    // The download answer itself must be signed by a key we now trust: the new one or the
    // configured one (following a chain of unknown SNs could loop).
    const answerSn = span.certSn ?? sn;
    const answerSpki = answerSn === sn ? leaf!.publicKey : answerSn === this.alipayCertSn ? this.#trusted.get(this.alipayCertSn) : undefined;
    if (!answerSpki) throw certInvalid(`The answer that delivered ${name} carries yet another alipay_cert_sn (${span.certSn}).`);
    const answerKey = await importPublicKey(spkiKey(answerSpki), this.#signType, name);
    if ((await verifySignedSpan(span, answerKey, this.#charset)) === undefined) {
      throw new AlipayError('ERR_SIGNATURE_INVALID', `The answer that delivered ${name} is not signed by a trusted Alipay key.`);
    }
    return leaf!.publicKey;
  }
}
