// The mock gateway: verifies request signatures with the app's public key, answers like the real
// gateway (same nodes, codes and escaping), and signs every answer it can with an Alipay-side key.
// It works on standard Request/Response objects, so MSW handlers, an injected fetch and a real
// HTTP server all share this one implementation.
// Only the library's public entries: the built `alipay-edge/mocks` imports them by package name.
import {
  type Charset,
  type SignType,
  buildSignContent,
  decodeForm,
  encoderFor,
  importPrivateKey,
  loadGbk,
  importPublicKey,
  normaliseCharset,
  responseNodeName,
  signContent,
  verifyContent,
} from '../src/protocol.ts';
import { certSnFromPem } from '../src/cert.ts';
import { aesDecrypt, aesEncrypt, importAesKey } from '../src/tools.ts';
import { type MockCard, type MockForm, FORM_TTL_MS, SAMPLE_AUTH_TOKEN, SAMPLE_CARD, SAMPLE_INFOS, SAMPLE_REQUEST_ID, SAMPLE_TEMPLATE_ID, SAMPLE_USER_ID } from './data.ts';
import { type FaultRule, type MockFault, drawFaults, seededRandom } from './faults.ts';
import { type PemKeyPair, generateKeyPair } from './keys.ts';
import { AS_ERROR_RESPONSE, type FormSubmission, methodHandlers, submitActivationForm } from './journey.ts';
import { type MethodContext, type MethodHandler, type ResponseNode, businessError } from './methods.ts';
import type { MockAccessToken, MockState } from './state.ts';
import { children, escapeXml } from './xml.ts';

/**
 * Certificate mode of the mock gateway.
 *
 * @example
 * ```ts
 * await createMockGateway({ appPublicKey, alipayKeys, certificates: { alipayCert: await pki.issueAlipayCert(alipayKeys), rootCertSn: pki.rootCertSn } });
 * ```
 */
export interface MockCertificates {
  /** Alipay's public key certificate (PEM, leaf first) for `alipayKeys`: its SN goes on every answer. */
  alipayCert: string;
  /** The app certificate SN requests must carry (`app_cert_sn`); not checked when absent. */
  appCertSn?: string;
  /** The root certificate SN requests must carry (`alipay_root_cert_sn`); not checked when absent. */
  rootCertSn?: string;
}

/**
 * Options of {@link createMockGateway}.
 *
 * @example
 * ```ts
 * const options: MockGatewayOptions = { appPublicKey, seed: 42, faults: [{ fault: { kind: 'latency', ms: 200 } }] };
 * ```
 */
export interface MockGatewayOptions {
  /** The app id the gateway accepts (default `2014072300007148`, the documents' sample). */
  appId?: string;
  /** The app's public key (SPKI PEM or base64), to verify request signatures. */
  appPublicKey: string;
  /** Alipay-side key pair that signs answers; generated when absent. */
  alipayKeys?: PemKeyPair;
  /** Certificate mode: answers carry `alipay_cert_sn`, and `alipay.open.app.alipaycert.download` serves the certificate. */
  certificates?: MockCertificates;
  /** The app's AES key (base64): `encrypt_type=AES` requests are decrypted and their answers encrypted. */
  encryptKey?: string;
  /** Cards the gateway holds (default: the card of the query document's sample). */
  cards?: MockCard[];
  /** Activation forms by request id (default: the form of the activation-form document's sample). */
  forms?: Array<Omit<MockForm, 'expires_at'> & { expires_at?: number }>;
  /** Valid user access tokens and their user ids, never expiring (default: the sample token of the documents). */
  authTokens?: Record<string, string>;
  /** How long a request id from the activation callback stays usable (default 30 minutes). */
  formTtlMs?: number;
  /** The gateway's clock (default: the real one); drives request id expiry. */
  now?: () => Date;
  /** Faults to inject (see {@link FaultRule}); more can be pushed to `gateway.faults` later. */
  faults?: FaultRule[];
  /** Seed of the generator that decides probabilistic faults (default 1). */
  seed?: number;
}

/**
 * A request as the mock gateway saw it (for tests that check what was, or was not, sent).
 *
 * @example
 * ```ts
 * expect(gateway.requests.map((r: ReceivedRequest) => r.method)).toEqual(['alipay.marketing.card.query']);
 * ```
 */
export interface ReceivedRequest {
  method: string | undefined;
  params: Record<string, string>;
}

/**
 * The mock gateway: state, keys, and a `handle(request)` that answers like Alipay.
 *
 * @example
 * ```ts
 * const core = await createGatewayCore({ appPublicKey });
 * const response = await core.handle(request);
 * ```
 */
export interface MockGatewayCore {
  readonly appId: string;
  /** Alipay-side public key (SPKI PEM) currently signing: give it to the client as `alipayPublicKey`. */
  readonly alipayPublicKey: string;
  /** Certificate mode: Alipay certificates by SN, downloadable through the gateway. */
  readonly alipayCerts: Map<string, string>;
  readonly cards: MockState['cards'];
  readonly forms: Map<string, MockForm>;
  /** User access tokens: the given ones and those the OAuth exchange issued. */
  readonly authTokens: Map<string, MockAccessToken>;
  /** Everything else the gateway holds: templates, auth codes, refresh tokens, images. */
  readonly state: MockState;
  /** Every request received, in order. */
  readonly requests: ReceivedRequest[];
  /** Fault rules in force: push, splice or clear them at any time. */
  readonly faults: FaultRule[];
  /** Signs a text with the current Alipay-side key, as the gateway signs its answers. */
  sign(content: string, signType?: SignType, charset?: Charset): Promise<string>;
  /**
   * Switches to a new Alipay key pair (certificate mode: with its certificate), as Alipay does when
   * it rotates its certificate. Old certificates stay downloadable.
   */
  rotate(keys: PemKeyPair, alipayCert?: string): void;
  /**
   * Plays the user: opens an activation link (`apply_card_url`, decoded), submits the form, and
   * returns the callback URL Alipay redirects the browser to (with `auth_code` and `request_id`).
   */
  submitActivationForm(applyCardUrl: string, submission: FormSubmission): string;
  /** Answers one gateway request. */
  handle(request: Request): Promise<Response>;
}

const DEFAULT_APP_ID = '2014072300007148';
const DOWNLOAD_METHOD = 'alipay.open.app.alipaycert.download';

/** HTML escaping as the real gateway applies it to the sign content it echoes. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Query and body, decoded once in the request's charset (its `charset` param, ASCII). A multipart
 * body's text parts are params like any other; its file parts are returned apart (never signed).
 */
async function readParams(request: Request): Promise<{ params: Record<string, string>; charset: Charset; files: Map<string, File> }> {
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
  } else if (request.method === 'POST' && type.includes('application/x-www-form-urlencoded')) {
    body = new TextDecoder('latin1').decode(await request.arrayBuffer()); // percent-encoded: ASCII
  }
  const raw = `${url.search.slice(1)}&${body}`;
  let charset: Charset = 'utf-8';
  try {
    charset = normaliseCharset(decodeForm(raw, 'utf-8').find(([key]) => key === 'charset')?.[1]);
  } catch {
    // an unknown charset is answered with isv.invalid-charset below
  }
  const params: Record<string, string> = {};
  for (const [key, value] of [...decodeForm(raw, charset), ...parts]) params[key] = value;
  return { params, charset, files };
}

const missing = (sub: string, what: string): ResponseNode => ({
  code: '40001',
  msg: 'Missing Required Arguments',
  sub_code: `isv.missing-${sub}`,
  sub_msg: `缺少${what}参数`,
});

const invalidArgument = (sub: string, msg: string): ResponseNode => ({ code: '40002', msg: 'Invalid Arguments', sub_code: `isv.${sub}`, sub_msg: msg });

/**
 * Builds the mock gateway's core (without MSW): use {@link createMockGateway} for handlers and
 * an injected `fetch`.
 *
 * @example
 * ```ts
 * const core = await createGatewayCore({ appPublicKey: app.publicKey });
 * const response = await core.handle(new Request('https://openapi.alipay.com/gateway.do?…', { method: 'POST' }));
 * ```
 */
export async function createGatewayCore(options: MockGatewayOptions): Promise<MockGatewayCore> {
  const appId = options.appId ?? DEFAULT_APP_ID;
  const now = options.now ?? (() => new Date());
  let alipayKeys = options.alipayKeys ?? (await generateKeyPair());
  let alipayCertSn = options.certificates ? certSnFromPem(options.certificates.alipayCert) : undefined;
  const alipayCerts = new Map<string, string>(options.certificates && alipayCertSn ? [[alipayCertSn, options.certificates.alipayCert]] : []);
  // Key imports are memoised per key and hash, as the client does.
  const imported = new Map<string, Promise<CryptoKey>>();
  const memo = (id: string, load: () => Promise<CryptoKey>) => {
    if (!imported.has(id)) imported.set(id, load());
    return imported.get(id)!;
  };
  const signer = (type: SignType) => memo(`sign:${type}:${alipayKeys.privateKey}`, () => importPrivateKey(alipayKeys.privateKey, type, 'alipayKeys.privateKey'));
  const verifier = (type: SignType) => memo(`verify:${type}`, () => importPublicKey(options.appPublicKey, type, 'appPublicKey'));
  await verifier('RSA2'); // a bad app key fails here, not on the first request
  const aesKey = options.encryptKey === undefined ? undefined : await importAesKey(options.encryptKey);

  const created = now().getTime();
  const formTtl = options.formTtlMs ?? FORM_TTL_MS;
  const state: MockState = {
    cards: new Map((options.cards ?? [SAMPLE_CARD]).map((card) => [card.biz_card_no, structuredClone(card)])),
    forms: new Map(
      (options.forms ?? [{ request_id: SAMPLE_REQUEST_ID, template_id: SAMPLE_TEMPLATE_ID, user_id: SAMPLE_USER_ID, infos: SAMPLE_INFOS }]).map(
        (form) => [form.request_id, { ...structuredClone(form), expires_at: form.expires_at ?? created + formTtl }],
      ),
    ),
    authTokens: new Map(Object.entries(options.authTokens ?? { [SAMPLE_AUTH_TOKEN]: SAMPLE_USER_ID }).map(([token, user_id]) => [token, { user_id, expires_at: Infinity }])),
    authCodes: new Map(),
    refreshTokens: new Map(),
    templates: new Map(),
    images: new Map(),
    sequence: 0,
  };
  const { cards, forms, authTokens } = state;
  const requests: ReceivedRequest[] = [];
  const faults = [...(options.faults ?? [])].map((rule) => ({ ...rule }));
  const random = seededRandom(options.seed ?? 1);

  const sign = async (content: string, signType: SignType = 'RSA2', charset: Charset = 'utf-8') => signContent(content, await signer(signType), charset);
  // The wrong-signature fault signs with a key of its own, made on first use.
  let impostor: Promise<PemKeyPair> | undefined;
  const impostorSign = async (content: string, signType: SignType, charset: Charset) =>
    signContent(content, await importPrivateKey((await (impostor ??= generateKeyPair())).privateKey, signType), charset);

  /** How one request is answered: format, charset, encryption, sign type and injected faults. */
  interface Answering {
    format: 'json' | 'xml';
    charset: Charset;
    encrypt: boolean;
    injected: MockFault[];
  }

  async function respond(nodeName: string, node: ResponseNode, signType: SignType | undefined, how: Answering): Promise<Response> {
    const signWith = how.injected.some((f) => f.kind === 'wrong-signature') ? impostorSign : sign;
    // An encrypted answer is the ciphertext of the node (JSON text, or XML content) as a string.
    const encrypted = how.encrypt && aesKey && signType ? await aesEncrypt(how.format === 'xml' ? children(node) : JSON.stringify(node), aesKey, how.charset) : undefined;
    const certSn = signType ? alipayCertSn : undefined;
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
    const traceId = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    const bytes = encoderFor(how.charset)(body);
    return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'content-type': `text/html;charset=${how.charset}`, trace_id: traceId } });
  }

  async function handle(request: Request): Promise<Response> {
    const { params, charset, files } = await readParams(request);
    if (charset === 'GBK') await loadGbk();
    const format = params.format?.toLowerCase() === 'xml' ? 'xml' : 'json';
    requests.push({ method: params.method, params });
    const method = params.method;

    const injected = drawFaults(faults, method, random);
    for (const fault of injected) if (fault.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (injected.some((f) => f.kind === 'drop-connection')) return Response.error();
    const httpError = injected.find((f) => f.kind === 'http-error');
    if (httpError) {
      const status = httpError.status ?? 502;
      return new Response(`<html><body><h1>${status}</h1>upstream unavailable</body></html>`, { status, headers: { 'content-type': 'text/html' } });
    }
    const how: Answering = { format, charset, encrypt: false, injected };
    const handler: MethodHandler | undefined = method ? methodHandlers[method] : undefined;
    const known = handler !== undefined || method === DOWNLOAD_METHOD;
    const nodeName = method && known ? responseNodeName(method) : 'error_response';
    const answer = (name: string, node: ResponseNode, signType: SignType | undefined) => respond(name, node, signType, how);

    // Checks in the gateway's order; it can sign only once it knows the app.
    if (!method) return answer('error_response', missing('method', '方法名'), undefined);
    if (!params.app_id) return answer(nodeName, missing('app-id', 'AppID'), undefined);
    if (params.app_id !== appId) return answer('error_response', invalidArgument('invalid-app-id', '无效的AppID参数'), undefined);
    const signType = params.sign_type === 'RSA' || params.sign_type === 'RSA2' ? params.sign_type : undefined;
    if (!params.sign_type) return answer(nodeName, missing('signature-type', '签名类型'), 'RSA2');
    if (!signType) return answer(nodeName, invalidArgument('invalid-signature-type', '无效签名类型'), 'RSA2');
    if (!params.sign) return answer(nodeName, missing('signature', '签名'), signType);
    if (!params.timestamp) return answer(nodeName, missing('timestamp', '时间戳'), signType);
    if (!params.version) return answer(nodeName, missing('version', '版本'), signType);
    const invalid = (sub: string, msg: string) => answer(nodeName, invalidArgument(`invalid-${sub}`, msg), signType);
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(params.timestamp)) return invalid('timestamp', '非法的时间戳参数');
    if (params.charset && !['utf-8', 'utf8', 'gbk', 'gb2312'].includes(params.charset.toLowerCase())) return invalid('charset', '字符集错误');
    if (params.format && !['json', 'xml'].includes(params.format.toLowerCase())) return invalid('format', '无效的数据格式');
    const content = buildSignContent(params);
    if (!(await verifyContent(content, params.sign, await verifier(signType), charset))) {
      return invalid('signature', `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${escapeHtml(content)}`);
    }
    if (options.certificates?.appCertSn && params.app_cert_sn !== options.certificates.appCertSn) return invalid('app-cert-sn', '应用公钥证书序列号无效');
    if (options.certificates?.rootCertSn && params.alipay_root_cert_sn !== options.certificates.rootCertSn) return invalid('alipay-root-cert-sn', '支付宝根证书序列号无效');
    if (!known) return answer('error_response', { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: '不存在的方法名' }, signType);

    let bizText = params.biz_content;
    if (params.encrypt_type !== undefined) {
      if (params.encrypt_type !== 'AES') return invalid('encrypt-type', '无效的加密类型');
      if (!aesKey || bizText === undefined) return answer(nodeName, { code: '40003', msg: 'Insufficient Conditions', sub_code: 'isv.decryption-error-not-valid-encrypt-key', sub_msg: '解密出错，未配置AES密钥' }, signType);
      try {
        bizText = await aesDecrypt(bizText, aesKey, charset);
      } catch {
        return answer(nodeName, { code: '40003', msg: 'Insufficient Conditions', sub_code: 'isv.decryption-error-unknown', sub_msg: '解密出错, 未知错误' }, signType);
      }
      how.encrypt = true; // an encrypted request gets an encrypted answer
    }
    let biz: Record<string, unknown> = {};
    if (bizText !== undefined) {
      try {
        const parsed: unknown = JSON.parse(bizText);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        biz = parsed as Record<string, unknown>;
      } catch {
        return invalid('biz-content', 'biz_content格式错误');
      }
    }
    const busy = injected.find((f) => f.kind === 'system-busy');
    if (busy) return answer(nodeName, { code: '20000', msg: 'Service Currently Unavailable', sub_code: 'isp.unknow-error', sub_msg: '系统繁忙' }, signType);
    const business = injected.find((f) => f.kind === 'business-error');
    if (business) return answer(nodeName, businessError(business.subCode, business.subMsg ?? business.subCode), signType);
    if (method === DOWNLOAD_METHOD) {
      const pem = typeof biz.alipay_cert_sn === 'string' ? alipayCerts.get(biz.alipay_cert_sn) : undefined;
      if (!pem) return answer(nodeName, businessError('CERT_NOT_EXIST', '证书不存在'), signType);
      return answer(nodeName, { code: '10000', msg: 'Success', alipay_cert_content: btoa(String.fromCharCode(...new TextEncoder().encode(pem))) }, signType);
    }
    const context: MethodContext = { appId, params, biz, files, now: now(), state, cards, forms, authTokens };
    const node = await handler!(context);
    return answer(node[AS_ERROR_RESPONSE as never] ? 'error_response' : nodeName, node, signType);
  }

  const core: MockGatewayCore = {
    appId,
    get alipayPublicKey() {
      return alipayKeys.publicKey;
    },
    alipayCerts,
    cards,
    forms,
    authTokens,
    state,
    requests,
    faults,
    sign,
    rotate(keys, alipayCert) {
      alipayKeys = keys;
      if (alipayCert) {
        alipayCertSn = certSnFromPem(alipayCert);
        alipayCerts.set(alipayCertSn, alipayCert);
      }
    },
    submitActivationForm: (applyCardUrl, submission) => submitActivationForm(state, applyCardUrl, submission, now(), formTtl),
    handle,
  };
  return core;
}
