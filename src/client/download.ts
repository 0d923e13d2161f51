// Certificate mode's download of a rotated Alipay certificate, loaded with the certificates.
import type { SignedSpan } from '../protocol/json-span.ts';
import { type CallContext, exchange, prepareCall } from './call.ts';
import { extractAnswer } from './answer.ts';

const DOWNLOAD_METHOD = 'alipay.open.app.alipaycert.download';

/**
 * `alipay.open.app.alipaycert.download`, up to its signed span: certificate mode checks and
 * verifies it itself (the key that signed it may be the one being downloaded).
 */
export async function downloadCertificate(ctx: CallContext, sn: string): Promise<SignedSpan> {
  const call = await prepareCall({ ...ctx.config, format: 'json' }, DOWNLOAD_METHOD, { alipay_cert_sn: sn }, {});
  const { reply } = await exchange(ctx, call, ctx.config.timeout);
  return extractAnswer(reply.text, DOWNLOAD_METHOD, 'json').span;
}
