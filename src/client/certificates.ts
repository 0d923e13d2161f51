// Certificate mode: the app and Alipay identify their keys by certificate serial numbers (SNs).
// Requests carry `app_cert_sn` and `alipay_root_cert_sn`; each answer's `alipay_cert_sn` picks the
// Alipay key that verifies it. An SN the client has not seen (Alipay rotated its certificate) is
// downloaded with `alipay.open.app.alipaycert.download` and trusted only when it is Alipay's own
// certificate for this merchant: it chains to the configured root AND names the same subject as the
// configured alipayPublicCert (downloaded-cert.ts checks it). The same CA issues every merchant's
// app certificate, so chaining alone would trust any merchant's key. Downloads are triggered by
// unauthenticated input (a notification's SN), so they are bounded: one in flight per SN, failures
// remembered for a while, a few per minute at most, each held to the deadline of the call that
// needs it (its network wait and its signature checks), the bundle and the chain bounded in size.
import { type SignType, importPublicKey, parsePublicKey } from '../crypto/keys.ts';
import { type Certificate, certificateSn, parseCertificate, readPemCertificates, rootCertSn } from '../crypto/x509.ts';
import { equalBytes } from '../encoding/bytes.ts';
import { encodeBase64 } from '../encoding/base64.ts';
import type { Charset } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import type { CertificateDownload, CertificateSns } from './credentials.ts';
import { MAX_BUNDLE_CERTIFICATES, checkDeadline, checkDownload, spkiKey } from './downloaded-cert.ts';
import { type CertificateConfig } from './options.ts';
import { configError } from './option-checks.ts';

/** A failed SN is not downloaded again for this long. */
export const FAILED_SN_TTL_MS = 5 * 60_000;
/** At most this many downloads in any minute. */
export const MAX_DOWNLOADS_PER_MINUTE = 10;
/** Failed SNs remembered at once (the oldest are forgotten first). */
const MAX_FAILED_SNS = 1024;
/** Certificates the configured alipayRootCert may hold: 16 (Alipay's bundle holds 4). */
export const MAX_ROOT_CERTIFICATES = 16;

function certInvalid(message: string): AlipayError {
  return new AlipayError('ERR_CERT_INVALID', message);
}

/** A configured bundle, held to its bound: the chains built from it stay bounded too. */
function bounded(ders: Uint8Array[], max: number, name: string): Uint8Array[] {
  if (ders.length > max) throw certInvalid(`${name} is not usable: it holds ${ders.length} certificates, more than the ${max} accepted.`);
  return ders;
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
    this.#roots = bounded(readPemCertificates(config.alipayRootCert, 'alipayRootCert'), MAX_ROOT_CERTIFICATES, 'alipayRootCert').map((der) => parseCertificate(der, 'alipayRootCert'));
    this.rootCertSn = rootCertSn(config.alipayRootCert);
    const [leaf, ...rest] = bounded(readPemCertificates(config.alipayPublicCert, 'alipayPublicCert'), MAX_BUNDLE_CERTIFICATES, 'alipayPublicCert').map((der) => parseCertificate(der, 'alipayPublicCert'));
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
   * A download it needs is held to `deadline` (`Date.now()`'s clock): the deadline of the call.
   *
   * @throws AlipayError `ERR_CERT_INVALID` when the SN's certificate cannot be had and trusted;
   * `ERR_TIMEOUT` when the deadline passes first.
   */
  async keyFor(signType: SignType, sn: string | undefined, deadline = Infinity): Promise<CryptoKey> {
    const id = sn ?? this.alipayCertSn;
    const spki = this.#trusted.get(id) ?? (await this.#resolve(id, deadline));
    const cacheId = `${signType}:${id}`;
    let key = this.#keys.get(cacheId);
    if (!key) this.#keys.set(cacheId, (key = importPublicKey(spkiKey(spki), signType, `the Alipay certificate ${id}`)));
    return key;
  }

  /** The SN's certificate key: downloaded once, with every bound in place. */
  #resolve(sn: string, deadline: number): Promise<Uint8Array> {
    const pending = this.#inFlight.get(sn);
    // A download in flight runs to the deadline of the call that started it; another call waits
    // for it no longer than its own.
    if (pending) return waitUntil(pending, deadline, sn);
    // Past the deadline nothing is sent, nor counted as a download.
    try {
      checkDeadline(deadline, `Alipay's certificate for alipay_cert_sn ${sn} was downloaded`);
    } catch (err) {
      return Promise.reject(err);
    }
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
    const download = this.#fetch(sn, deadline).then(
      (spki) => {
        this.#trusted.set(sn, spki);
        this.#failed.delete(sn);
        return spki;
      },
      (err: unknown) => {
        // A call whose time ran out says nothing about the SN: the next call tries again (still
        // within the downloads a minute).
        if (!(err instanceof AlipayError && err.code === 'ERR_TIMEOUT')) {
          if (this.#failed.size >= MAX_FAILED_SNS) this.#failed.delete(this.#failed.keys().next().value!);
          this.#failed.set(sn, this.#now() + FAILED_SN_TTL_MS);
        }
        // Not reaching the gateway stays what it is (retryable); anything else means no trusted key.
        if (err instanceof AlipayError && (err.code === 'ERR_CERT_INVALID' || err.code === 'ERR_NETWORK' || err.code === 'ERR_TIMEOUT' || err.code === 'ERR_ABORTED')) throw err;
        throw new AlipayError('ERR_CERT_INVALID', `Alipay's certificate for alipay_cert_sn ${sn} could not be had: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      },
    );
    const settled = download.finally(() => this.#inFlight.delete(sn));
    this.#inFlight.set(sn, settled);
    return settled;
  }

  async #fetch(sn: string, deadline: number): Promise<Uint8Array> {
    const span = await this.#download(sn, deadline);
    return checkDownload(span, {
      sn,
      configuredSn: this.alipayCertSn,
      configuredKey: this.#trusted.get(this.alipayCertSn)!,
      subject: this.#subject,
      appModulus: this.#appModulus,
      modulusOf: (cert) => this.#modulusOf(cert),
      intermediates: this.#intermediates,
      roots: this.#roots,
      signType: this.#signType,
      charset: this.#charset,
      now: this.#now(),
      deadline,
    });
  }
}

/** `pending`, or ERR_TIMEOUT when `deadline` comes first (the work itself goes on for its own caller). */
function waitUntil<T>(pending: Promise<T>, deadline: number, sn: string): Promise<T> {
  if (deadline === Infinity) return pending;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AlipayError('ERR_TIMEOUT', `The call's time ran out waiting for Alipay's certificate for alipay_cert_sn ${sn} (downloaded for another call).`)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([pending, late]).finally(() => clearTimeout(timer));
}
