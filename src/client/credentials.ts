// Credentials: the keys a client signs and verifies with, whatever the mode. Public-key mode has
// one Alipay key; certificate mode picks Alipay's key by certificate SN and downloads a rotated
// certificate (client/certificates.ts, loaded on first use). Every key is imported once.
import { type SignType, importPrivateKey, importPublicKey, modulusBits, parsePrivateKey, parsePublicKey } from '../crypto/keys.ts';
import { equalBytes } from '../encoding/bytes.ts';
import { AlipayError } from '../errors.ts';
import type { SignedSpan } from '../protocol/json-span.ts';
import { type ResolvedConfig } from './options.ts';
import { configError } from './option-checks.ts';

/** Certificate mode's serial numbers, sent with every request. */
export interface CertificateSns {
  appCertSn: string;
  rootCertSn: string;
  /** The configured Alipay certificate's SN. */
  alipayCertSn: string;
}

/**
 * Downloads Alipay's certificate of an SN: the signed span of the download answer, within
 * `deadline` (`Date.now()`'s clock: the deadline of the call that needs the certificate).
 */
export type CertificateDownload = (sn: string, deadline: number) => Promise<SignedSpan>;

/** What a call needs of the keys, the same in both modes. */
export interface Credentials {
  /** The app's private key for `signType` (v3 always signs SHA-256). */
  signingKey(signType: SignType): Promise<CryptoKey>;
  /**
   * Alipay's key for an answer: in certificate mode the key of `sn` (downloaded if Alipay rotated
   * its certificate), or of the configured certificate without one. A download is held to
   * `deadline` (`Date.now()`'s clock; by default the client's timeout from now).
   *
   * @throws AlipayError `ERR_CERT_INVALID` when the SN's certificate cannot be had and trusted;
   * `ERR_TIMEOUT` when the deadline passes first.
   */
  verifyingKey(signType: SignType, sn?: string, deadline?: number): Promise<CryptoKey>;
  /** Certificate mode's SNs; `undefined` in public-key mode. */
  certificateSns(): Promise<CertificateSns | undefined>;
  /** Names the key an answer was checked with, for messages. */
  describeKey(sn: string | undefined, sns: CertificateSns | undefined): string;
  /** The AES key. @throws AlipayError `ERR_CONFIG` when the client has no encryptKey. */
  aesKey(purpose: string): Promise<CryptoKey>;
}

/**
 * The credentials of one attempt: a certificate download it needs is held to the attempt's
 * deadline, whichever protocol asks (v2 answers, v3 answers).
 */
export function withDeadline(credentials: Credentials, deadline: number): Credentials {
  return { ...credentials, verifyingKey: (signType, sn) => credentials.verifyingKey(signType, sn, deadline) };
}

/** Memoises an async factory per key: the first call runs it, every call shares its promise. */
function memo<K, T>(factory: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const cache = new Map<K, Promise<T>>();
  return (key) => {
    let promise = cache.get(key);
    if (!promise) cache.set(key, (promise = factory(key)));
    return promise;
  };
}


/**
 * Refuses a key or certificate pasted with its quotes (from a .env line or a JSON file): it would
 * otherwise fail as "not PEM or base64", which does not say what to remove.
 */
function unquoted(text: unknown, name: string, code: 'ERR_KEY_INVALID' | 'ERR_CERT_INVALID'): void {
  if (typeof text === 'string' && /^\s*["'`]|["'`]\s*$/.test(text)) {
    throw new AlipayError(code, `${name} starts or ends with a quote: it was copied with its quotes (from a .env line or a JSON file?). Remove them.`);
  }
}

/**
 * Reads the configured keys now (a bad key fails in the constructor) and imports each on first use.
 *
 * @throws AlipayError `ERR_KEY_INVALID`, `ERR_CERT_INVALID` or `ERR_CONFIG`.
 */
export function createCredentials(config: ResolvedConfig, download: CertificateDownload): Credentials {
  unquoted(config.privateKey, 'privateKey', 'ERR_KEY_INVALID');
  const privateKey = parsePrivateKey(config.privateKey, 'privateKey');
  // RSA2 needs a 2048-bit key at least (the gateway refuses shorter ones).
  const bits = privateKey.modulus ? modulusBits(privateKey.modulus) : 0;
  if (config.signType === 'RSA2' && bits > 0 && bits < 2048) {
    throw configError(`privateKey is a ${bits}-bit RSA key, and RSA2 needs at least 2048 bits: create a new key pair (npx alipay-edge keygen) and upload its public key to the Alipay console.`);
  }
  const signingKey = memo((signType: SignType) => importPrivateKey(privateKey, signType, 'privateKey'));
  const encryptKey = config.encryptKey;
  const aes = encryptKey === undefined ? undefined : memo((_: 'aes') => import('../crypto/aes.ts').then(({ importAesKey }) => importAesKey(encryptKey)));
  const aesKey = (purpose: string) => {
    if (!aes) return Promise.reject(configError(`${purpose} needs the client's encryptKey (the AES key from the Alipay console).`));
    return aes('aes');
  };

  if (config.alipayPublicKey !== undefined) {
    unquoted(config.alipayPublicKey, 'alipayPublicKey', 'ERR_KEY_INVALID');
    const publicKey = parsePublicKey(config.alipayPublicKey, 'alipayPublicKey');
    // The same modulus: the public half of the app's own key pair.
    if (equalBytes(publicKey.modulus, privateKey.modulus)) {
      throw configError(
        "alipayPublicKey is the public half of your own privateKey (the app public key you uploaded). Use Alipay's public key instead: in the Alipay console, under the app's signing settings (接口加签方式), copy the key labelled 支付宝公钥 (Alipay public key).",
      );
    }
    const verifyingKey = memo((signType: SignType) => importPublicKey(publicKey, signType, 'alipayPublicKey'));
    return {
      signingKey,
      verifyingKey: (signType) => verifyingKey(signType),
      certificateSns: async () => undefined,
      describeKey: () => 'alipayPublicKey',
      aesKey,
    };
  }

  const certificates = config.certificates!;
  for (const [name, pem] of Object.entries(certificates)) {
    unquoted(pem, name, 'ERR_CERT_INVALID');
    if (typeof pem !== 'string' || !pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new AlipayError('ERR_CERT_INVALID', `${name} is not usable: expected the PEM text of the certificate file ("-----BEGIN CERTIFICATE-----…").`);
    }
  }
  // The certificates themselves are parsed on first use (X.509 and MD5 load then); a broken one
  // fails that call.
  const store = memo((_: 'certificates') =>
    import('./certificates.ts').then(({ CertificateStore }) => new CertificateStore(certificates, config.signType, config.charset, download, privateKey.modulus)),
  );
  return {
    signingKey,
    verifyingKey: async (signType, sn, deadline = Date.now() + config.timeout) => (await store('certificates')).keyFor(signType, sn, deadline),
    certificateSns: async () => store('certificates'),
    describeKey: (sn, sns) => `the Alipay certificate ${sn ?? sns?.alipayCertSn ?? ''}`.trimEnd(),
    aesKey,
  };
}
