// Checking the answer of alipay.open.app.alipaycert.download: a rotated Alipay certificate, which
// anyone on the path (or a notification's unauthenticated SN) can make the client download. The
// checks run in the order that bounds what a forged answer costs:
//  1. its size, before anything is parsed (MAX_DOWNLOAD_CHARS); unsigned, it is refused unread;
//  2. which key signed it: the configured certificate's (the answer is verified now, before any
//     certificate in it is read) or the downloaded certificate's own, as Alipay does; any other
//     SN is refused;
//  3. the bundle: at most MAX_BUNDLE_CERTIFICATES certificates; the leaf alone is parsed and
//     checked (SN, subject, not a CA, may sign, not the app's key), and when it is the answer's
//     signer the answer is verified with it before any other certificate is parsed;
//  4. the chain to the configured roots (crypto/path.ts: bounded signature checks).
// The deadline of the call that triggered the download is checked before each signature check.
import { type ParsedKey, type SignType, importPublicKey } from '../crypto/keys.ts';
import { verifyPath } from '../crypto/path.ts';
import { type Certificate, certificateSn, parseCertificate, readPemCertificates } from '../crypto/x509.ts';
import { decodeBase64 } from '../encoding/base64.ts';
import { equalBytes } from '../encoding/bytes.ts';
import type { Charset } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import { isErrorNode } from '../protocol/api-error.ts';
import { asObject, parseJsonNode } from '../protocol/json-node.ts';
import type { SignedSpan } from '../protocol/json-span.ts';
import { verifySignedSpan } from '../protocol/verify-response.ts';

/**
 * Characters a download answer's signed node may have: 64 KiB. Alipay's (its certificate and the
 * intermediate, base64) is under 4 KiB; a larger one is refused before it is parsed.
 */
export const MAX_DOWNLOAD_CHARS = 64 * 1024;
/**
 * Certificates a downloaded bundle may hold: 8 (Alipay sends 2, its certificate and the
 * intermediate). The configured alipayPublicCert is held to the same bound.
 */
export const MAX_BUNDLE_CERTIFICATES = 8;

function certInvalid(message: string): AlipayError {
  return new AlipayError('ERR_CERT_INVALID', message);
}

/** A certificate's key (SPKI DER) for importPublicKey. */
export function spkiKey(der: Uint8Array): ParsedKey {
  // Stryker disable next-line StringLiteral: importPublicKey always imports `der` as SPKI; format and source only describe it
  return { format: 'spki', source: 'spki', der };
}

/** The call's deadline (`Date.now()`'s clock): past it, nothing more is done. */
export function checkDeadline(deadline: number, what: string): void {
  if (Date.now() >= deadline) throw new AlipayError('ERR_TIMEOUT', `The call's time ran out before ${what}: stopped.`);
}

/** What a downloaded certificate is checked against. */
export interface DownloadContext {
  /** The SN asked for. */
  sn: string;
  /** The configured Alipay certificate: its SN and key (SPKI). */
  configuredSn: string;
  configuredKey: Uint8Array;
  /** The subject every rotated certificate must carry (the configured certificate's). */
  subject: Uint8Array;
  /** The app key's modulus, when known: a certificate holding it is refused. */
  appModulus: Uint8Array | undefined;
  modulusOf(cert: Certificate): Uint8Array | undefined;
  intermediates: Certificate[];
  roots: Certificate[];
  signType: SignType;
  charset: Charset;
  /** The time certificates are checked at (ms). */
  now: number;
  deadline: number;
}

/** The key (SPKI) of Alipay's certificate delivered by `span`, once every check has passed. */
export async function checkDownload(span: SignedSpan, context: DownloadContext): Promise<Uint8Array> {
  const { sn } = context;
  const name = `the certificate downloaded for alipay_cert_sn ${sn}`;
  const notDownloaded = (code?: string) => certInvalid(`The answer carries alipay_cert_sn ${sn}, and Alipay's certificate for it could not be downloaded${code ? ` (${code})` : ''}.`);
  if (span.kind !== 'object') throw notDownloaded();
  if (span.content.length > MAX_DOWNLOAD_CHARS) throw certInvalid(`The answer that delivered ${name} is ${span.content.length} characters long, more than the ${MAX_DOWNLOAD_CHARS} a certificate download may have: not read.`);
  const node = asObject(parseJsonNode(span.content));
  if (isErrorNode(node) || typeof node.alipay_cert_content !== 'string') {
    // The code is only told, never acted on: the answer is refused whatever it says.
    throw notDownloaded(isErrorNode(node) ? [node.sub_code, node.code].find((value) => typeof value === 'string') : undefined);
  }
  // Unsigned, it is refused before anything in it is read.
  if (span.sign === undefined) throw new AlipayError('ERR_SIGNATURE_MISSING', `The answer that delivered ${name} is not signed: not read.`);
  const content = node.alipay_cert_content;
  // The download answer is signed by the configured key or by the one it delivers; following a
  // chain of unknown SNs could loop.
  const answerSn = span.certSn ?? sn;
  if (answerSn !== sn && answerSn !== context.configuredSn) throw certInvalid(`The answer that delivered ${name} carries yet another alipay_cert_sn (${span.certSn}).`);
  const verifyAnswer = async (spki: Uint8Array) => {
    checkDeadline(context.deadline, `the answer that delivered ${name} was verified`);
    const verified = await verifySignedSpan(span, await importPublicKey(spkiKey(spki), context.signType, name), context.charset);
    if (verified === undefined) throw new AlipayError('ERR_SIGNATURE_INVALID', `The answer that delivered ${name} is not signed by a trusted Alipay key.`);
    // What was verified is what was read (it differs only if the `\/` retry changed the text).
    if (verified !== span.content && asObject(parseJsonNode(verified)).alipay_cert_content !== content) {
      throw certInvalid(`The answer that delivered ${name} verifies only as another text than it reads.`);
    }
  };
  if (answerSn === context.configuredSn) await verifyAnswer(context.configuredKey);

  const pemBytes = decodeBase64(content.replace(/\s/g, ''));
  if (!pemBytes) throw certInvalid(`The certificate downloaded for alipay_cert_sn ${sn} is not base64.`);
  const ders = readPemCertificates(new TextDecoder().decode(pemBytes), name);
  if (ders.length > MAX_BUNDLE_CERTIFICATES) throw certInvalid(`${name} is a bundle of ${ders.length} certificates, more than the ${MAX_BUNDLE_CERTIFICATES} a download may have: not read.`);
  const leaf = parseCertificate(ders[0]!, name);
  if (certificateSn(leaf) !== sn) throw certInvalid(`${name} has SN ${certificateSn(leaf)}, not the one asked for.`);
  if (!equalBytes(leaf.subjectDer, context.subject)) {
    throw certInvalid(`${name} is issued to "${leaf.subject}", not to the subject of the configured alipayPublicCert: it is not Alipay's certificate for this app (refused even though it may chain to the root).`);
  }
  if (leaf.isCa === true) throw certInvalid(`${name} is a CA certificate, not Alipay's signing certificate.`);
  if (leaf.keyUsage && !leaf.keyUsage.includes('digitalSignature')) throw certInvalid(`${name} may not sign (its keyUsage lacks digitalSignature): it is not Alipay's signing certificate.`);
  if (context.appModulus && equalBytes(context.modulusOf(leaf), context.appModulus)) throw certInvalid(`${name} holds the app's own key.`);
  if (answerSn === sn) await verifyAnswer(leaf.publicKey);

  const rest = ders.slice(1).map((der) => parseCertificate(der, name));
  await verifyPath(leaf, [...rest, ...context.intermediates], context.roots, { now: context.now, name, deadline: context.deadline });
  return leaf.publicKey;
}
