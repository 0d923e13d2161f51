// Certificate mode's download of a rotated Alipay certificate, loaded with the certificates.
import type { SignedSpan } from '../protocol/json-span.ts';
import { type CallContext, exchange, prepareCall } from './call.ts';
import { extractAnswer } from './answer.ts';
import { checkDeadline } from './downloaded-cert.ts';

const DOWNLOAD_METHOD = 'alipay.open.app.alipaycert.download';

/**
 * `alipay.open.app.alipaycert.download`, up to its signed span: certificate mode checks and
 * verifies it itself (the key that signed it may be the one being downloaded). The exchange gets
 * what is left until `deadline`, the deadline of the call that needs the certificate.
 */
export async function downloadCertificate(ctx: CallContext, sn: string, deadline: number): Promise<SignedSpan> {
  const call = await prepareCall({ ...ctx.config, format: 'json' }, DOWNLOAD_METHOD, { alipay_cert_sn: sn }, {});
  checkDeadline(deadline, `Alipay's certificate for alipay_cert_sn ${sn} was downloaded`);
  const { reply } = await exchange(ctx, call, deadline - Date.now());
  return extractAnswer(reply.text, DOWNLOAD_METHOD, 'json').span;
}
