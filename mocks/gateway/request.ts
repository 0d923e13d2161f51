// Reading a v2 gateway request (query, form or multipart body, decoded once in its charset) and
// checking its common parameters in the gateway's order, with the gateway's answers.
import { type Charset, type SignType, buildSignContent, decodeForm, normaliseCharset, responseNodeName, verifyContent } from '../../src/protocol.ts';
import type { MockNode } from '../handlers/types.ts';
import type { MockCertificates } from './types.ts';

/** HTML escaping as the real gateway applies it to the sign content it echoes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A request's parameters, its charset, and its (unsigned) file parts. */
export interface GatewayRequest {
  params: Record<string, string>;
  charset: Charset;
  files: Map<string, File>;
}

/**
 * Query and body, decoded once in the request's charset (its `charset` param, ASCII). A multipart
 * body's text parts are params like any other; its file parts are returned apart (never signed).
 */
export async function readParams(request: Request): Promise<GatewayRequest> {
  const url = new URL(request.url);
  const type = request.headers.get('content-type') ?? '';
  const files = new Map<string, File>();
  const parts: Array<[string, string]> = [];
  let body = '';
  if (request.method === 'POST' && type.includes('multipart/form-data')) {
    for (const [key, value] of await request.formData()) {
      if (typeof value === 'string') parts.push([key, value]);
      else files.set(key, value);
    }
  } else if (request.method === 'POST' && (type === '' || type.includes('application/x-www-form-urlencoded'))) {
    body = new TextDecoder('latin1').decode(await request.arrayBuffer()); // percent-encoded: ASCII
  }
  const raw = `${url.search.slice(1)}&${body}`;
  let charset: Charset = 'utf-8';
  try {
    charset = normaliseCharset(decodeForm(raw, 'utf-8').find(([key]) => key === 'charset')?.[1]);
  } catch {
    // an unknown charset is answered with isv.invalid-charset
  }
  const params: Record<string, string> = {};
  for (const [key, value] of [...decodeForm(raw, charset), ...parts]) params[key] = value;
  return { params, charset, files };
}

const missing = (sub: string, what: string): MockNode => ({ code: '40001', msg: 'Missing Required Arguments', sub_code: `isv.missing-${sub}`, sub_msg: `缺少${what}参数` });

export const invalidArgument = (sub: string, msg: string): MockNode => ({ code: '40002', msg: 'Invalid Arguments', sub_code: `isv.${sub}`, sub_msg: msg });

/** A refusal: the node to answer, under which name, signed with which sign type (if any). */
export interface Refusal {
  nodeName: string;
  node: MockNode;
  signType: SignType | undefined;
}

/** What the common checks establish about a request that passes them. */
export interface Accepted {
  method: string;
  signType: SignType;
  nodeName: string;
}

/**
 * The common parameters, checked in the gateway's order: it can sign its answer only once it knows
 * the app, and answers an unknown method only after checking the signature.
 */
export async function checkCommon(
  { params, charset }: GatewayRequest,
  gateway: { appId: string; knows: (method: string) => boolean; verifier: (signType: SignType) => Promise<CryptoKey>; certificates: MockCertificates | undefined },
): Promise<Refusal | Accepted> {
  const method = params.method;
  const known = method !== undefined && gateway.knows(method);
  const nodeName = method && known ? responseNodeName(method) : 'error_response';
  if (!method) return { nodeName: 'error_response', node: missing('method', '方法名'), signType: undefined };
  if (!params.app_id) return { nodeName, node: missing('app-id', 'AppID'), signType: undefined };
  if (params.app_id !== gateway.appId) return { nodeName: 'error_response', node: invalidArgument('invalid-app-id', '无效的AppID参数'), signType: undefined };
  const signType = params.sign_type === 'RSA' || params.sign_type === 'RSA2' ? params.sign_type : undefined;
  if (!params.sign_type) return { nodeName, node: missing('signature-type', '签名类型'), signType: 'RSA2' };
  if (!signType) return { nodeName, node: invalidArgument('invalid-signature-type', '无效签名类型'), signType: 'RSA2' };
  const refuse = (node: MockNode): Refusal => ({ nodeName, node, signType });
  if (!params.sign) return refuse(missing('signature', '签名'));
  if (!params.timestamp) return refuse(missing('timestamp', '时间戳'));
  if (!params.version) return refuse(missing('version', '版本'));
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(params.timestamp)) return refuse(invalidArgument('invalid-timestamp', '非法的时间戳参数'));
  if (params.charset && !['utf-8', 'utf8', 'gbk', 'gb2312'].includes(params.charset.toLowerCase())) return refuse(invalidArgument('invalid-charset', '字符集错误'));
  if (params.format && !['json', 'xml'].includes(params.format.toLowerCase())) return refuse(invalidArgument('invalid-format', '无效的数据格式'));
  const content = buildSignContent(params);
  if (!(await verifyContent(content, params.sign, await gateway.verifier(signType), charset))) {
    return refuse(invalidArgument('invalid-signature', `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${escapeHtml(content)}`));
  }
  const { certificates } = gateway;
  if (certificates?.appCertSn && params.app_cert_sn !== certificates.appCertSn) return refuse(invalidArgument('invalid-app-cert-sn', '应用公钥证书序列号无效'));
  if (certificates?.rootCertSn && params.alipay_root_cert_sn !== certificates.rootCertSn) return refuse(invalidArgument('invalid-alipay-root-cert-sn', '支付宝根证书序列号无效'));
  if (!known) return { nodeName: 'error_response', node: { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: '不存在的方法名' }, signType };
  return { method, signType, nodeName };
}
