// OpenAPI v3 in the mock gateway: `/v3/<method with dots as slashes>` on any host and under any
// prefix. It checks the `authorization` header like the gateway (the signature over the
// request-target as received; on failure it echoes the content it expected), undoes AES, runs the
// same method handlers on the same state as v2, and answers JSON signed in the `alipay-signature`,
// `alipay-timestamp` and `alipay-nonce` headers; errors as `{ code, message, links }` with an HTTP
// status. An operation of the catalogue is found by its verb and path (path parameters included):
// another verb on its path is HTTP 405 `invalid-method` (signed, with an `allow` header); a path
// of no operation is read as the method name with dots as slashes.
import { type SignType, verifyContent } from '../../src/protocol.ts';
import { aesDecrypt, aesEncrypt } from '../../src/tools.ts';
import type { MockNode } from '../handlers/types.ts';
import { traceId } from './answer.ts';
import type { MockFault } from './faults.ts';
import { escapeHtml } from './request.ts';
import type { MockCertificates } from './types.ts';

/** What the v3 front needs of the gateway core. */
export interface V3Gateway {
  appId: string;
  certificates: MockCertificates | undefined;
  certSn: string | undefined;
  aesKey: CryptoKey | undefined;
  now: () => Date;
  knows(method: string): boolean;
  /** The catalogue's answers (loaded on first use). */
  loadCatalogue(): Promise<typeof import('./catalogue.ts')>;
  /** Whether a stateful handler answers the method (it takes precedence over the catalogue's answer). */
  handles(method: string): boolean;
  verifier(signType: SignType): Promise<CryptoKey>;
  sign(content: string): Promise<string>;
  impostorSign(content: string): Promise<string>;
  /** Records the request and draws its faults. */
  received(method: string | undefined, params: Record<string, string>): MockFault[];
  /** Runs a method's handler on the state. */
  run(method: string, params: Record<string, string>, biz: Record<string, unknown>, files: Map<string, File>, gatewayUrl: string): Promise<MockNode>;
}

/** The v3 error code of a v2-style error node: its sub_code without the `isv.`/`isp.`/`aop.` prefix. */
function v3Code(node: MockNode): string {
  const sub = typeof node.sub_code === 'string' ? node.sub_code : undefined;
  return (sub ?? String(node.code ?? 'unknow-error')).replace(/^(?:isv|isp|aop)\./, '');
}

/** The HTTP status the v3 gateway gives a v2-style error code. */
function v3Status(node: MockNode): number {
  switch (node.code) {
    case '20000':
      return 500;
    case '20001':
      return 401;
    case '40006':
      return 403;
    default:
      return node.sub_code === 'isv.invalid-signature' ? 401 : 400;
  }
}

// 10003 (a barcode payment waiting for the buyer) is no error over v3: its result model has no
// code, so the answer is HTTP 200 with the trade and without gmt_payment; the merchant queries.
const isError = (node: MockNode) => node.sub_code !== undefined || (node.code !== undefined && node.code !== '10000' && node.code !== '10003');

/** The parts of `ALIPAY-SHA256withRSA app_id=…,nonce=…,timestamp=…,sign=…`. */
function readAuthorization(header: string | null): { authString: string; fields: Record<string, string>; sign: string } | undefined {
  const match = header ? /^ALIPAY-SHA256withRSA (.+),sign=([A-Za-z0-9+/=]+)$/.exec(header) : null;
  if (!match) return undefined;
  const fields: Record<string, string> = {};
  for (const part of match[1]!.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return { authString: match[1]!, fields, sign: match[2]! };
}

/** Answers one v3 request. */
export async function handleV3(request: Request, gateway: V3Gateway): Promise<Response> {
  const url = new URL(request.url);
  const at = url.pathname.indexOf('/v3/');
  // The operation by its path and verb (Alipay's description, path parameters included); a path of
  // no operation of the catalogue is read as the method with dots as slashes.
  const catalogue = await gateway.loadCatalogue();
  const found = catalogue.v3Operation(request.method, url.pathname.slice(at));
  const operation = found && 'definition' in found ? found : undefined;
  const method = operation?.definition.method ?? url.pathname.slice(at + 4).replaceAll('/', '.');
  const type = request.headers.get('content-type') ?? '';
  let bodyText = '';
  const files = new Map<string, File>();
  if (type.includes('multipart/form-data')) {
    for (const [name, value] of await request.formData()) {
      if (name === 'data') bodyText = typeof value === 'string' ? value : await value.text();
      else if (typeof value !== 'string') files.set(name, value);
    }
  } else if (request.method !== 'GET' && request.method !== 'HEAD') bodyText = await request.text();
  const query = Object.fromEntries(url.searchParams);
  const injected = gateway.received(method, { ...query, http_method: request.method });

  const encrypted = request.headers.get('alipay-encrypt-type') === 'AES';
  /** Signs and sends an answer (`signed` false: the gateway does not know the app). */
  const answer = async (status: number, node: MockNode, signed = true, extraHeaders: Record<string, string> = {}, asIs = false): Promise<Response> => {
    // A handler's node carries v2's envelope (code, msg), which a v3 body has not; a catalogue answer is the body itself.
    const payload = status < 400 && !asIs ? Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'code' && key !== 'msg')) : node;
    let body = JSON.stringify(payload);
    if (status < 400 && encrypted && gateway.aesKey) body = await aesEncrypt(body, gateway.aesKey);
    const trace = traceId();
    const headers: Record<string, string> = { 'content-type': encrypted && status < 400 ? 'text/plain;charset=utf-8' : 'application/json;charset=utf-8', 'alipay-trace-id': trace, ...extraHeaders };
    if (signed) {
      const timestamp = String(gateway.now().getTime());
      const nonce = crypto.randomUUID();
      const content = `${timestamp}\n${nonce}\n${body}\n`;
      headers['alipay-timestamp'] = timestamp;
      headers['alipay-nonce'] = nonce;
      headers['alipay-signature'] = await (injected.some((f) => f.kind === 'wrong-signature') ? gateway.impostorSign(content) : gateway.sign(content));
      if (gateway.certSn) headers['alipay-sn'] = gateway.certSn;
    }
    if (injected.some((f) => f.kind === 'tampered-body')) body = body.replace(/"(\w+)":"/, '"$1":"~');
    if (injected.some((f) => f.kind === 'malformed-body')) body = body.slice(0, Math.floor(body.length / 2));
    return new Response(body, { status, headers });
  };
  const fail = (status: number, code: string, message: string, signed = true, headers: Record<string, string> = {}) =>
    answer(status, { code, message, links: [{ link: 'https://open.alipay.com/api/errCheck?traceId=mock', desc: '解决方案' }] }, signed, headers);

  for (const fault of injected) if (fault.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
  if (injected.some((f) => f.kind === 'drop-connection')) return Response.error();
  const httpError = injected.find((f) => f.kind === 'http-error');
  if (httpError) return new Response('<html><body>upstream unavailable</body></html>', { status: httpError.status ?? 502, headers: { 'content-type': 'text/html' } });

  // The gateway's checks, in its order: it signs an answer only once it knows the app.
  const auth = readAuthorization(request.headers.get('authorization'));
  if (!auth) return fail(401, 'missing-signature', '缺少签名参数 (authorization)', false);
  if (auth.fields.app_id !== gateway.appId) return fail(400, 'invalid-app-id', '无效的AppID参数', false);
  const timestamp = Number(auth.fields.timestamp);
  if (!auth.fields.nonce || !Number.isSafeInteger(timestamp) || Math.abs(timestamp - gateway.now().getTime()) > 15 * 60_000) return fail(400, 'invalid-timestamp', '非法的时间戳参数');
  const appAuthToken = request.headers.get('alipay-app-auth-token');
  const content = `${auth.authString}\n${request.method}\n${url.pathname}${url.search}\n${bodyText}\n${appAuthToken !== null ? `${appAuthToken}\n` : ''}`;
  if (!(await verifyContent(content, auth.sign, await gateway.verifier('RSA2')))) {
    return fail(401, 'invalid-signature', `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${escapeHtml(content)}`);
  }
  const { certificates } = gateway;
  if (certificates?.appCertSn && auth.fields.app_cert_sn !== certificates.appCertSn) return fail(400, auth.fields.app_cert_sn ? 'invalid-app-cert-sn' : 'missing-app-cert-sn', '应用公钥证书序列号无效');
  if (certificates?.rootCertSn && request.headers.get('alipay-root-cert-sn') !== certificates.rootCertSn) return fail(400, 'invalid-alipay-root-cert-sn', '支付宝根证书序列号无效');
  if (found && 'allowed' in found) {
    const allow = found.allowed.join(', ');
    return fail(405, 'invalid-method', `不支持的请求方法：${request.method} ${url.pathname}，该接口须用 ${allow}`, true, { allow });
  }
  if (!gateway.knows(method)) return fail(404, 'invalid-method', `不存在的接口：${request.method} ${url.pathname}`);

  let json = bodyText;
  if (encrypted) {
    if (!gateway.aesKey) return fail(400, 'decryption-error', '解密出错，未配置AES密钥');
    try {
      json = await aesDecrypt(bodyText, gateway.aesKey);
    } catch {
      return fail(400, 'decryption-error', '解密出错, 未知错误');
    }
  }
  let fields: Record<string, unknown> = {};
  if (json !== '') {
    try {
      const parsed: unknown = JSON.parse(json);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      fields = parsed as Record<string, unknown>;
    } catch {
      return fail(400, 'invalid-parameter', '请求体不是JSON对象');
    }
  }
  const { auth_token: authToken, ...queryFields } = query;
  const biz = { ...queryFields, ...operation?.pathParams, ...fields };
  // Handlers written for v2 read top-level parameters (OAuth, uploads) from params: give them the fields too.
  const params: Record<string, string> = { app_id: gateway.appId, method };
  for (const [key, value] of Object.entries(biz)) if (value !== undefined) params[key] = typeof value === 'string' ? value : JSON.stringify(value);
  if (authToken !== undefined) params.auth_token = authToken;
  if (injected.some((f) => f.kind === 'system-busy')) return fail(500, 'unknow-error', '系统繁忙');
  const business = injected.find((f) => f.kind === 'business-error');
  if (business) return fail(400, business.subCode, business.subMsg ?? business.subCode);
  // The stateful handlers first; every other operation of the catalogue gets its generic answer.
  if (operation && !gateway.handles(method)) {
    const { definition } = operation;
    const request = catalogue.v3Request(definition, operation.pathParams, query, fields, files);
    const issue = catalogue.requestIssue(definition, request);
    if (issue !== undefined) return fail(400, 'invalid-parameter', `参数无效：${issue}`);
    return answer(200, catalogue.catalogueAnswer(definition, request, 'v3', gateway.now()), true, {}, true);
  }
  const node = await gateway.run(method, params, biz, files, request.url);
  if (isError(node)) return fail(v3Status(node), v3Code(node), String(node.sub_msg ?? node.msg ?? ''));
  return answer(200, node);
}
