// The mock gateway: verifies request signatures with the app's public key, answers like the real
// gateway (same nodes, codes and escaping), and signs every answer it can with an Alipay-side key.
// It works on standard Request/Response objects, so MSW handlers, an injected fetch and a real
// HTTP server all share this one implementation.
// Only the library's public surface: the built `alipay-edge/mocks` imports `alipay-edge` itself.
import { type SignType, buildSignContent, importPrivateKey, importPublicKey, responseNodeName, signContent, verifyContent } from '../src/index.ts';
import { type MockCard, type MockForm, FORM_TTL_MS, SAMPLE_AUTH_TOKEN, SAMPLE_CARD, SAMPLE_INFOS, SAMPLE_REQUEST_ID, SAMPLE_TEMPLATE_ID, SAMPLE_USER_ID } from './data.ts';
import { type PemKeyPair, generateKeyPair } from './keys.ts';
import { type MethodContext, type MethodHandler, type ResponseNode, businessError, methodHandlers } from './methods.ts';
import { type FaultRule, type MockFault, drawFaults, seededRandom } from './faults.ts';
import { children } from './xml.ts';

/** Options of {@link createMockGateway}. */
export interface MockGatewayOptions {
  /** The app id the gateway accepts (default `2014072300007148`, the documents' sample). */
  appId?: string;
  /** The app's public key (SPKI PEM or base64), to verify request signatures. */
  appPublicKey: string;
  /** Alipay-side key pair that signs answers; generated when absent. */
  alipayKeys?: PemKeyPair;
  /** Cards the gateway holds (default: the card of the query document's sample). */
  cards?: MockCard[];
  /** Activation forms by request id (default: the form of the activation-form document's sample). */
  forms?: Array<Omit<MockForm, 'expires_at'> & { expires_at?: number }>;
  /** Valid user access tokens and their user ids (default: the sample token of the documents). */
  authTokens?: Record<string, string>;
  /** The gateway's clock (default: the real one); drives request id expiry. */
  now?: () => Date;
  /** Faults to inject (see {@link FaultRule}); more can be pushed to `gateway.faults` later. */
  faults?: FaultRule[];
  /** Seed of the generator that decides probabilistic faults (default 1). */
  seed?: number;
}

/** A request as the mock gateway saw it (for tests that check what was, or was not, sent). */
export interface ReceivedRequest {
  method: string | undefined;
  params: Record<string, string>;
}

/** The mock gateway: state, keys, and a `handle(request)` that answers like Alipay. */
export interface MockGatewayCore {
  readonly appId: string;
  /** Alipay-side public key (SPKI PEM): give it to the client as `alipayPublicKey`. */
  readonly alipayPublicKey: string;
  readonly cards: Map<string, MockCard>;
  readonly forms: Map<string, MockForm>;
  readonly authTokens: Map<string, string>;
  /** Every request received, in order. */
  readonly requests: ReceivedRequest[];
  /** Fault rules in force: push, splice or clear them at any time. */
  readonly faults: FaultRule[];
  /** Signs a text with the Alipay-side key, as the gateway signs its answers. */
  sign(content: string, signType?: SignType): Promise<string>;
  /** Answers one gateway request. */
  handle(request: Request): Promise<Response>;
}

const DEFAULT_APP_ID = '2014072300007148';

/** HTML escaping as the real gateway applies it to the sign content it echoes. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function readParams(request: Request): Promise<Record<string, string>> {
  const params: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) params[key] = value;
  const type = request.headers.get('content-type') ?? '';
  if (request.method === 'POST' && type.includes('application/x-www-form-urlencoded')) {
    // Bytes, then decode: form bodies are not "text" to every runtime (workerd warns on .text()).
    const body = new TextDecoder().decode(await request.arrayBuffer());
    for (const [key, value] of new URLSearchParams(body)) params[key] = value;
  }
  return params;
}

const missing = (sub: string, what: string): ResponseNode => ({
  code: '40001',
  msg: 'Missing Required Arguments',
  sub_code: `isv.missing-${sub}`,
  sub_msg: `缺少${what}参数`,
});

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
  const alipayKeys = options.alipayKeys ?? (await generateKeyPair());
  const keys = {
    sign: new Map<SignType, Promise<CryptoKey>>(),
    verify: new Map<SignType, Promise<CryptoKey>>(),
  };
  // Key imports are memoised per hash, as the client does.
  const signer = (type: SignType) => {
    if (!keys.sign.has(type)) keys.sign.set(type, importPrivateKey(alipayKeys.privateKey, type, 'alipayKeys.privateKey'));
    return keys.sign.get(type)!;
  };
  const verifier = (type: SignType) => {
    if (!keys.verify.has(type)) keys.verify.set(type, importPublicKey(options.appPublicKey, type, 'appPublicKey'));
    return keys.verify.get(type)!;
  };
  await verifier('RSA2'); // a bad app key fails here, not on the first request

  const created = now().getTime();
  const cards = new Map((options.cards ?? [SAMPLE_CARD]).map((card) => [card.biz_card_no, structuredClone(card)]));
  const forms = new Map(
    (options.forms ?? [{ request_id: SAMPLE_REQUEST_ID, template_id: SAMPLE_TEMPLATE_ID, user_id: SAMPLE_USER_ID, infos: SAMPLE_INFOS }]).map(
      (form) => [form.request_id, { ...structuredClone(form), expires_at: form.expires_at ?? created + FORM_TTL_MS }],
    ),
  );
  const authTokens = new Map(Object.entries(options.authTokens ?? { [SAMPLE_AUTH_TOKEN]: SAMPLE_USER_ID }));
  const requests: ReceivedRequest[] = [];

  const sign = async (content: string, signType: SignType = 'RSA2') => signContent(content, await signer(signType));
  const faults = [...(options.faults ?? [])].map((rule) => ({ ...rule }));
  const random = seededRandom(options.seed ?? 1);
  // The wrong-signature fault signs with a key of its own, made on first use.
  let impostor: Promise<PemKeyPair> | undefined;
  const impostorSign = async (content: string, signType: SignType) =>
    signContent(content, await importPrivateKey((await (impostor ??= generateKeyPair())).privateKey, signType));

  async function respond(nodeName: string, node: ResponseNode, signType: SignType | undefined, format: 'json' | 'xml', injected: MockFault[]): Promise<Response> {
    const signWith = injected.some((f) => f.kind === 'wrong-signature') ? impostorSign : sign;
    let body: string;
    if (format === 'xml') {
      // Signed span (the Java SDK's rule): the node's content and its closing tag.
      const content = `${children(node)}</${nodeName}>`;
      body = `<?xml version="1.0" encoding="utf-8"?>\n<alipay><${nodeName}>${content}`;
      if (signType) body += `<sign>${await signWith(content, signType)}</sign>`;
      body += '</alipay>';
    } else {
      const content = JSON.stringify(node);
      body = `{"${nodeName}":${content}`;
      if (signType) body += `,"sign":"${await signWith(content, signType)}"`;
      body += '}';
    }
    if (injected.some((f) => f.kind === 'tampered-body')) body = body.replace('"msg":"', '"msg":"~').replace('<msg>', '<msg>~');
    if (injected.some((f) => f.kind === 'malformed-body')) body = body.slice(0, Math.floor(body.length / 2));
    const traceId = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    return new Response(body, { status: 200, headers: { 'content-type': 'text/html;charset=utf-8', trace_id: traceId } });
  }

  async function handle(request: Request): Promise<Response> {
    const params = await readParams(request);
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
    const answer = (nodeName: string, node: ResponseNode, signType: SignType | undefined) => respond(nodeName, node, signType, format, injected);

    const handler: MethodHandler | undefined = method ? methodHandlers[method] : undefined;
    const nodeName = method && handler ? responseNodeName(method) : 'error_response';

    // Checks in the gateway's order; it can sign only once it knows the app.
    if (!method) return answer('error_response', missing('method', '方法名'), undefined);
    if (!params.app_id) return answer(nodeName, missing('app-id', 'AppID'), undefined);
    if (params.app_id !== appId) {
      return answer('error_response', { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-app-id', sub_msg: '无效的AppID参数' }, undefined);
    }
    const signType = params.sign_type === 'RSA' || params.sign_type === 'RSA2' ? params.sign_type : undefined;
    if (!params.sign_type) return answer(nodeName, missing('signature-type', '签名类型'), 'RSA2');
    if (!signType) return answer(nodeName, { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature-type', sub_msg: '无效签名类型' }, 'RSA2');
    if (!params.sign) return answer(nodeName, missing('signature', '签名'), signType);
    if (!params.timestamp) return answer(nodeName, missing('timestamp', '时间戳'), signType);
    if (!params.version) return answer(nodeName, missing('version', '版本'), signType);
    const invalid = (sub: string, msg: string) => answer(nodeName, { code: '40002', msg: 'Invalid Arguments', sub_code: `isv.invalid-${sub}`, sub_msg: msg }, signType);
    if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(params.timestamp)) return invalid('timestamp', '非法的时间戳参数');
    if (params.charset && !['utf-8', 'gbk', 'gb2312'].includes(params.charset.toLowerCase())) return invalid('charset', '字符集错误');
    if (params.format && !['json', 'xml'].includes(params.format.toLowerCase())) return invalid('format', '无效的数据格式');
    const content = buildSignContent(params);
    if (!(await verifyContent(content, params.sign, await verifier(signType)))) {
      return answer(
        nodeName,
        {
          code: '40002',
          msg: 'Invalid Arguments',
          sub_code: 'isv.invalid-signature',
          sub_msg: `验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：${escapeHtml(content)}`,
        },
        signType,
      );
    }
    if (!handler) {
      return answer('error_response', { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method', sub_msg: '不存在的方法名' }, signType);
    }
    let biz: Record<string, unknown> = {};
    if (params.biz_content !== undefined) {
      try {
        const parsed: unknown = JSON.parse(params.biz_content);
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
        biz = parsed as Record<string, unknown>;
      } catch {
        return answer(nodeName, { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-biz-content', sub_msg: 'biz_content格式错误' }, signType);
      }
    }
    const busy = injected.find((f) => f.kind === 'system-busy');
    if (busy) return answer(nodeName, { code: '20000', msg: 'Service Currently Unavailable', sub_code: 'isp.unknow-error', sub_msg: '系统繁忙' }, signType);
    const business = injected.find((f) => f.kind === 'business-error');
    if (business) return answer(nodeName, businessError(business.subCode, business.subMsg ?? business.subCode), signType);
    const context: MethodContext = { params, biz, now: now(), cards, forms, authTokens };
    return answer(nodeName, handler(context), signType);
  }

  return { appId, alipayPublicKey: alipayKeys.publicKey, cards, forms, authTokens, requests, faults, sign, handle };
}
