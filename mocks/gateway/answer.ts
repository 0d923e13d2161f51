// Writing a v2 answer as the gateway does: the node in JSON or XML (AES-encrypted when the request
// was), signed over its exact text with the Alipay-side key, with `alipay_cert_sn` in certificate
// mode, and with the faults that corrupt an answer applied after signing.
import { type Charset, type SignType, encoderFor } from '../../src/protocol.ts';
import { aesEncrypt } from '../../src/tools.ts';
import type { MockNode } from '../handlers/types.ts';
import type { MockFault } from './faults.ts';
import { children, escapeXml } from './xml.ts';

/** How one request is answered: format, charset, encryption and injected faults. */
export interface Answering {
  format: 'json' | 'xml';
  charset: Charset;
  encrypt: boolean;
  injected: MockFault[];
}

/** The gateway's signing side, as an answer needs it. */
export interface AnswerSigner {
  sign(content: string, signType: SignType, charset: Charset): Promise<string>;
  /** Signs with a key that is not the gateway's (the wrong-signature fault). */
  impostorSign(content: string, signType: SignType, charset: Charset): Promise<string>;
  aesKey: CryptoKey | undefined;
  /** The certificate SN answers carry (certificate mode). */
  certSn: string | undefined;
}

/** A random trace id, as the gateway puts in its `trace_id` header. */
export const traceId = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The answer to one request; unsigned when `signType` is undefined (the gateway does not know the app). */
export async function writeAnswer(nodeName: string, node: MockNode, signType: SignType | undefined, how: Answering, signer: AnswerSigner): Promise<Response> {
  const signWith = how.injected.some((f) => f.kind === 'wrong-signature') ? signer.impostorSign : signer.sign;
  // An encrypted answer is the ciphertext of the node (JSON text, or XML content) as a string.
  const encrypted = how.encrypt && signer.aesKey && signType ? await aesEncrypt(how.format === 'xml' ? children(node) : JSON.stringify(node), signer.aesKey, how.charset) : undefined;
  const certSn = signType ? signer.certSn : undefined;
  let body: string;
  if (how.format === 'xml') {
    // Signed span (the Java SDK's rule): the node's content and its closing tag.
    const content = `${encrypted ?? children(node)}</${nodeName}>`;
    body = `<?xml version="1.0" encoding="${how.charset}"?>\n<alipay><${nodeName}>${content}`;
    if (signType) body += `<sign>${await signWith(content, signType, how.charset)}</sign>`;
    if (certSn) body += `<alipay_cert_sn>${escapeXml(certSn)}</alipay_cert_sn>`;
    body += '</alipay>';
  } else {
    const content = encrypted !== undefined ? JSON.stringify(encrypted) : JSON.stringify(node);
    body = `{"${nodeName}":${content}`;
    if (certSn) body += `,"alipay_cert_sn":"${certSn}"`;
    if (signType) body += `,"sign":"${await signWith(content, signType, how.charset)}"`;
    body += '}';
  }
  if (how.injected.some((f) => f.kind === 'tampered-body')) body = body.replace('"msg":"', '"msg":"~').replace('<msg>', '<msg>~');
  if (how.injected.some((f) => f.kind === 'malformed-body')) body = body.slice(0, Math.floor(body.length / 2));
  const bytes = encoderFor(how.charset)(body);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'content-type': `text/html;charset=${how.charset}`, trace_id: traceId() } });
}
