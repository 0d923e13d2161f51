// Key pairs for the mock gateway and for tests: generated with WebCrypto, exported as PEM.

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
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
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
