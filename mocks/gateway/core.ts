// The mock gateway's core: keys, state, faults, and `handle(request)`, which answers a v2 gateway
// request like Alipay: common parameters checked in the gateway's order (./request.ts), AES
// undone, the method's handler run on the state (../handlers/), the answer written and signed
// (./answer.ts). It works on standard Request/Response objects, so an injected fetch, MSW
// handlers and a real HTTP server all share this one implementation. It keeps the gateway's
// clock (./clock.ts) and its notifications (./notifications.ts), and before each request does
// what fell due on the clock (./trade-events.ts).
import { type Charset, type SignType, importPrivateKey, importPublicKey, loadGbk, signContent } from '../../src/protocol.ts';
import { certSnFromPem } from '../../src/cert.ts';
import { aesDecrypt, importAesKey } from '../../src/tools.ts';
import { FORM_TTL_MS } from '../data.ts';
import { methodHandlers } from '../handlers/index.ts';
import { submitActivationForm } from '../handlers/journey.ts';
import { AS_ERROR_RESPONSE, type MockNode, type TradeChange, businessError } from '../handlers/types.ts';
import { type PemKeyPair, generateKeyPair } from '../keys.ts';
import { type MockTrade, createState } from '../state.ts';
import { type AnswerSigner, type Answering, writeAnswer } from './answer.ts';
import { drawFaults, seededRandom } from './faults.ts';
import { checkCommon, invalidArgument, readParams } from './request.ts';
import { type V3Gateway, handleV3 } from './v3.ts';
import { type CashierGateway, PAGE_METHODS, PAY_METHODS, errorPage, payCarried, visitCashier } from './cashier.ts';
import { createClock } from './clock.ts';
import { createOutbox } from './notifications.ts';
import { qrCodeOf } from './qr.ts';
import { visitQr } from './qr-cashier.ts';
import { type NotifyingGateway, sweepTrades, tradeNotification } from './trade-events.ts';
import type { MockGatewayCore, MockGatewayOptions, ReceivedRequest } from './types.ts';
import { checkGatewayOptions } from '../checks.ts';

const DEFAULT_APP_ID = '2014072300007148';

// Every operation of the catalogue (./catalogue.ts, with all 747 definitions) loads with the first
// request that needs it: a gateway that answers the card queries does not evaluate them.
let catalogueModule: Promise<typeof import('./catalogue.ts')> | undefined;
let catalogue: typeof import('./catalogue.ts') | undefined;
/** Loads the catalogue's answers now (a server does, so that its first call is not slower than the rest). */
export const loadCatalogue = async (): Promise<typeof import('./catalogue.ts')> => (catalogue ??= await (catalogueModule ??= import('./catalogue.ts')));
const DOWNLOAD_METHOD = 'alipay.open.app.alipaycert.download';

/** Bytes to base64 in chunks (a spread of a large array overflows the stack). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

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
export async function createGatewayCore(input: MockGatewayOptions): Promise<MockGatewayCore> {
  // Read once and checked before anything is generated: a key pair costs a good fraction of a second.
  const options = checkGatewayOptions(input);
  const appId = options.appId ?? DEFAULT_APP_ID;
  // Two clocks: the gateway's, which tests move (expiries, notifications), and the one v3's
  // signed timestamps are checked against, which follows real time (or the `now` option), as
  // the client's does.
  const transportNow = options.now ?? (() => new Date());
  const clock = createClock(transportNow, () => sweep());
  const now = () => clock.now();
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

  const formTtl = options.formTtlMs ?? FORM_TTL_MS;
  const state = createState(options, now().getTime(), formTtl);
  const requests: ReceivedRequest[] = [];
  const faults = [...(options.faults ?? [])].map((rule) => ({ ...rule }));
  const random = seededRandom(options.seed ?? 1);

  const sign = async (content: string, signType: SignType = 'RSA2', charset: Charset = 'utf-8') => signContent(content, await signer(signType), charset);
  const notifyFetch = options.notifyFetch === false ? undefined : options.notifyFetch;
  const outbox = createOutbox({ now, sign, fetch: notifyFetch });
  const notifying: NotifyingGateway = {
    appId,
    state,
    now,
    get certSn() {
      return alipayCertSn;
    },
  };
  /** The signed notification of a trade's change, to the trade's notify_url (a close's own, if it gave one). */
  const notifyChange = (trade: MockTrade, change: TradeChange, deliverWith?: false) => {
    const url = (change.kind === 'closed' && change.notifyUrl) || trade.notify_url;
    if (!url) return Promise.resolve(undefined);
    return outbox.send(url, tradeNotification(notifying, trade, change), { signType: trade.sign_type, charset: trade.charset }, deliverWith);
  };
  const notify = (trade: MockTrade, change: TradeChange) => void notifyChange(trade, change).catch(() => {});
  /** Does what fell due on the clock: trades expire or get paid, notifications are retried. */
  function sweep() {
    sweepTrades(notifying, notify);
    outbox.tick();
  }
  // The wrong-signature fault signs with a key of its own, made on first use.
  let impostor: Promise<PemKeyPair> | undefined;
  const answerSigner: AnswerSigner = {
    sign,
    impostorSign: async (content, signType, charset) => signContent(content, await importPrivateKey((await (impostor ??= generateKeyPair())).privateKey, signType), charset),
    aesKey,
    get certSn() {
      return alipayCertSn;
    },
  };
  const knows = (method: string) => Object.hasOwn(methodHandlers, method) || method === DOWNLOAD_METHOD || PAY_METHODS.has(method) || catalogue?.catalogueOperation(method) !== undefined;
  const cashier: CashierGateway = {
    appId,
    state,
    now,
    aesKey,
    check: (request) => checkCommon(request, { appId, knows, verifier, certificates: options.certificates }),
    sign: (content, signType, charset) => sign(content, signType, charset),
    sweep,
    notify: notifyChange,
    attempt: (notification, fetch) => outbox.attempt(notification, fetch),
    notifyFetch,
  };
  const run = async (method: string, params: Record<string, string>, biz: Record<string, unknown>, files: Map<string, File>, gatewayUrl: string) =>
    methodHandlers[method]!({ appId, params, biz, files, now: now(), state, cards: state.cards, forms: state.forms, authTokens: state.authTokens, gatewayUrl, notify });
  const v3: V3Gateway = {
    appId,
    certificates: options.certificates,
    get certSn() {
      return alipayCertSn;
    },
    aesKey,
    now: transportNow,
    knows: (method) => Object.hasOwn(methodHandlers, method) || catalogue?.catalogueOperation(method) !== undefined,
    loadCatalogue,
    handles: (method) => Object.hasOwn(methodHandlers, method),
    verifier,
    sign: (content) => sign(content, 'RSA2'),
    impostorSign: (content) => answerSigner.impostorSign(content, 'RSA2', 'utf-8'),
    received(method, params) {
      requests.push({ method, params, protocol: 'v3' });
      return drawFaults(faults, method, random);
    },
    run,
  };

  async function handle(request: Request): Promise<Response> {
    sweep();
    const qrCode = qrCodeOf(request.url);
    if (qrCode !== undefined) return visitQr(cashier, request, qrCode);
    if (new URL(request.url).pathname.includes('/v3/')) return handleV3(request, v3);
    const incoming = await readParams(request);
    const { params, charset, files } = incoming;
    if (charset === 'GBK') await loadGbk();
    requests.push({ method: params.method, params });
    if (params.method !== undefined && !knows(params.method)) await loadCatalogue();
    // A browser carrying a page payment (GET URL or form POST) gets the cashier, in HTML.
    if (params.method !== undefined && PAGE_METHODS.has(params.method)) return visitCashier(cashier, incoming);

    const injected = drawFaults(faults, params.method, random);
    for (const fault of injected) if (fault.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (injected.some((f) => f.kind === 'drop-connection')) return Response.error();
    const httpError = injected.find((f) => f.kind === 'http-error');
    if (httpError) {
      const status = httpError.status ?? 502;
      return new Response(`<html><body><h1>${status}</h1>upstream unavailable</body></html>`, { status, headers: { 'content-type': 'text/html' } });
    }
    const how: Answering = { format: params.format?.toLowerCase() === 'xml' ? 'xml' : 'json', charset, encrypt: false, injected };
    const answer = (name: string, node: MockNode, signType: SignType | undefined) => writeAnswer(name, node, signType, how, answerSigner);

    const checked = await cashier.check(incoming);
    if ('node' in checked) return answer(checked.nodeName, checked.node, checked.signType);
    const { method, signType, nodeName } = checked;
    if (PAY_METHODS.has(method)) return errorPage({ code: '40004', sub_code: 'isv.invalid-method', sub_msg: `${method} 由用户的浏览器或支付宝App提交，不能由服务端调用` });

    let bizText = params.biz_content;
    if (params.encrypt_type !== undefined) {
      if (params.encrypt_type !== 'AES') return answer(nodeName, invalidArgument('invalid-encrypt-type', '无效的加密类型'), signType);
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
        return answer(nodeName, invalidArgument('invalid-biz-content', 'biz_content格式错误'), signType);
      }
    }
    if (injected.some((f) => f.kind === 'system-busy')) return answer(nodeName, { code: '20000', msg: 'Service Currently Unavailable', sub_code: 'isp.unknow-error', sub_msg: '系统繁忙' }, signType);
    const business = injected.find((f) => f.kind === 'business-error');
    if (business) return answer(nodeName, businessError(business.subCode, business.subMsg ?? business.subCode), signType);
    if (method === DOWNLOAD_METHOD) {
      const pem = typeof biz.alipay_cert_sn === 'string' ? alipayCerts.get(biz.alipay_cert_sn) : undefined;
      if (!pem) return answer(nodeName, businessError('CERT_NOT_EXIST', '证书不存在'), signType);
      return answer(nodeName, { code: '10000', msg: 'Success', alipay_cert_content: base64(new TextEncoder().encode(pem)) }, signType);
    }
    // The stateful handlers first; every other operation of the catalogue gets its generic answer.
    const definition = Object.hasOwn(methodHandlers, method) ? undefined : catalogue?.catalogueOperation(method);
    if (catalogue && definition) {
      const fields = catalogue.v2Request(definition, params, biz, files);
      const issue = catalogue.requestIssue(definition, fields);
      return answer(nodeName, issue === undefined ? catalogue.catalogueAnswer(definition, fields, 'v2', now()) : catalogue.invalidParameter(issue), signType);
    }
    const node = await run(method, params, biz, files, request.url);
    return answer(node[AS_ERROR_RESPONSE as never] ? 'error_response' : nodeName, node, signType);
  }

  return {
    appId,
    get alipayPublicKey() {
      return alipayKeys.publicKey;
    },
    alipayCerts,
    cards: state.cards,
    forms: state.forms,
    authTokens: state.authTokens,
    state,
    clock,
    notifications: { all: outbox.all, settled: outbox.settled, deliver: outbox.deliver },
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
    pay: (carried, buyer, payOptions) => payCarried(cashier, carried, buyer, payOptions),
    handle,
  };
}
