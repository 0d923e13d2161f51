// Key pairs for the mock gateway and for tests: generated with WebCrypto, exported as PEM.
import { mockError } from './checks.ts';

/**
 * A PEM key pair: PKCS#8 private key and SPKI public key.
 *
 * @example
 * ```ts
 * const { privateKey, publicKey }: PemKeyPair = await generateKeyPair();
 * ```
 */
export interface PemKeyPair {
  privateKey: string;
  publicKey: string;
}

/**
 * Wraps DER bytes in PEM armour with 64-character lines.
 *
 * @example
 * ```ts
 * toPem(der, 'PUBLIC KEY'); // '-----BEGIN PUBLIC KEY-----\nMIIB…\n-----END PUBLIC KEY-----\n'
 * ```
 */
export function toPem(der: Uint8Array, label: string): string {
  let bytes: Uint8Array;
  try {
    // A copy made from the array's own slots: a subclass's iterator, length or methods are not asked.
    if (!(der instanceof Uint8Array)) throw new TypeError('not a Uint8Array');
    bytes = new Uint8Array(der);
  } catch (cause) {
    throw mockError(`toPem needs the DER bytes (a Uint8Array), got ${typeof der}.`, cause);
  }
  if (typeof label !== 'string' || !/^[A-Z0-9 ]+$/.test(label)) throw mockError('toPem needs a label such as "PUBLIC KEY" (capitals, digits and spaces).');
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  const base64 = btoa(binary);
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * Generates a 2048-bit RSA key pair (e = 65537) as PEM, PKCS#8 and SPKI.
 *
 * @example
 * ```ts
 * const app = await generateKeyPair();
 * const gateway = await createMockGateway({ appPublicKey: app.publicKey });
 * ```
 */
export async function generateKeyPair(modulusLength = 2048): Promise<PemKeyPair> {
  if (typeof modulusLength !== 'number' || !Number.isInteger(modulusLength) || modulusLength < 1024 || modulusLength > 8192 || modulusLength % 8 !== 0) {
    throw mockError('generateKeyPair needs a modulus length in bits: a multiple of 8 from 1024 to 8192 (2048 by default).');
  }
  const pair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const [pkcs8, spki] = await Promise.all([
    crypto.subtle.exportKey('pkcs8', pair.privateKey),
    crypto.subtle.exportKey('spki', pair.publicKey),
  ]);
  return { privateKey: toPem(new Uint8Array(pkcs8), 'PRIVATE KEY'), publicKey: toPem(new Uint8Array(spki), 'PUBLIC KEY') };
}
