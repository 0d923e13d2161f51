// Certificate mode's download of a rotated Alipay certificate, loaded with the certificates. The
// answer is read within the call's deadline and a bound of its own: anyone on the path can answer.
import type { SignedSpan } from '../protocol/json-span.ts';
import { type CallContext, exchange, prepareCall } from './call.ts';
import { extractAnswer } from './answer.ts';
import { MAX_DOWNLOAD_CHARS, checkDeadline } from './downloaded-cert.ts';

const DOWNLOAD_METHOD = 'alipay.open.app.alipaycert.download';

/**
 * Bytes a download answer is read up to (unless maxResponseBytes is lower): its signed node may
 * have MAX_DOWNLOAD_CHARS characters, 3 bytes each at most in UTF-8, and the envelope (sign, SN).
 */
export const MAX_DOWNLOAD_BYTES = 3 * MAX_DOWNLOAD_CHARS + 4096;

/**
 * `alipay.open.app.alipaycert.download`, up to its signed span: certificate mode checks and
 * verifies it itself (the key that signed it may be the one being downloaded). The exchange gets
 * what is left until `deadline`, the deadline of the call that needs the certificate.
 */
export async function downloadCertificate(ctx: CallContext, sn: string, deadline: number): Promise<SignedSpan> {
  const config = { ...ctx.config, maxResponseBytes: Math.min(ctx.config.maxResponseBytes, MAX_DOWNLOAD_BYTES) };
  // JSON whatever the client's format: the answer is read as JSON below.
  const call = await prepareCall(config, DOWNLOAD_METHOD, { alipay_cert_sn: sn }, { format: 'json' });
  checkDeadline(deadline, `Alipay's certificate for alipay_cert_sn ${sn} was downloaded`);
  const { reply } = await exchange({ ...ctx, config }, call, deadline - Date.now());
  return extractAnswer(reply.text, DOWNLOAD_METHOD, 'json').span;
}
