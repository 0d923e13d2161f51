// AlipayClient.execute, top to bottom: build → sign → send → extract → verify → parse → validate.
import * as v from 'valibot';
import { type ApiRequest, type ApiResult, type KnownMethod, type Transport, apiDefinition } from './apis/registry.ts';
import type { CertificateKeys } from './cert-mode.ts';
// AES and the invalid-signature diagnosis load when first needed (dynamic imports): most calls
// need neither, and apps that never encrypt do not bundle them (with code splitting).
const loadAes = () => import('./crypto/aes.ts');
const loadDiagnose = () => import('./protocol/diagnose.ts');
import { type ParsedKey, type SignType, importPrivateKey, importPublicKey, modulusBits, parsePrivateKey, parsePublicKey } from './crypto/keys.ts';
import { signContent } from './crypto/sign.ts';
import { AlipayError } from './errors.ts';
import { isErrorNode, toApiError } from './protocol/api-error.ts';
import { type Charset, loadGbk, normaliseCharset } from './protocol/charset.ts';
import { ERROR_NODE, type SignedSpan, extractJsonSpan } from './protocol/json-span.ts';
import { asObject, parseJsonNode } from './protocol/json-node.ts';
import { type NotifyParams, type VerifyNotifyOptions, verifyNotify } from './protocol/notify.ts';
import { GATEWAY_URL, SANDBOX_GATEWAY_URL, buildRequestParams, encodeRequest } from './protocol/request.ts';
import { buildSignContent } from './protocol/sign-content.ts';
import { verifySignedSpan } from './protocol/verify-response.ts';
import { DEFAULT_MAX_RETRIES, RETRIED_BY_DEFAULT, type RetryBackoff, backoffDelay, isRetryable, sleep } from './retry.ts';
import { type GatewayReply, send } from './transport.ts';

/**
 * Default timeout of a call, body included.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, timeout: DEFAULT_TIMEOUT_MS * 2 });
 * ```
 */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Default bound on an answer's size: 10 MiB, far above any gateway answer. */
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * Response format: `json` (default) or `xml`.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, format: 'xml' satisfies ResponseFormat });
 * ```
 */
export type ResponseFormat = 'json' | 'xml';

type XmlModule = typeof import('./protocol/xml.ts');
let xmlModule: Promise<XmlModule> | undefined;
// Loaded on first XML answer only, so JSON-only users never load fast-xml-parser.
const loadXml = (): Promise<XmlModule> => (xmlModule ??= import('./protocol/xml.ts'));

/** Parses verified (or unsigned) node text: an object, or the text of an encrypted node. */
type NodeParser = (text: string) => Record<string, unknown> | string;

/** How an answer is read: its signed span, and parsers for it and for its decrypted text. */
interface ReadAnswer {
  span: SignedSpan;
  parse: NodeParser;
  parseDecrypted: (plaintext: string) => Record<string, unknown>;
}

const DOWNLOAD_METHOD = 'alipay.open.app.alipaycert.download';

/**
 * Configuration of an {@link AlipayClient}. Keys may be PEM or bare base64, PKCS#8 or PKCS#1,
 * on one line or many: the format is read from the key itself. Give either `alipayPublicKey`
 * (public-key mode) or `appCert`, `alipayPublicCert` and `alipayRootCert` (certificate mode).
 *
 * @example
 * ```ts
 * const config: AlipayClientConfig = {
 *   appId: '2014072300007148',
 *   privateKey: env.ALIPAY_PRIVATE_KEY,
 *   alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
 * };
 * ```
 */
export interface AlipayClientConfig {
  /** The app id Alipay assigned. */
  appId: string;
  /** The app's RSA private key (PKCS#8 or PKCS#1, PEM or bare base64). */
  privateKey: string;
  /** Alipay's public key from the console (SPKI, PEM or bare base64): not the app's own. */
  alipayPublicKey?: string;
  /** Certificate mode: the app's public key certificate (PEM text of appCertPublicKey_….crt). */
  appCert?: string;
  /** Certificate mode: Alipay's public key certificate (PEM text of alipayCertPublicKey_RSA2.crt). */
  alipayPublicCert?: string;
  /** Certificate mode: Alipay's root certificates (PEM text of alipayRootCert.crt). */
  alipayRootCert?: string;
  /** The AES key from the console (base64), for `needEncrypt` calls and encrypted answers. */
  encryptKey?: string;
  /** `RSA2` (SHA-256, the default and Alipay's recommendation) or `RSA` (SHA-1). */
  signType?: SignType;
  /** `utf-8` (default) or `GBK`: the bytes that are signed, sent and read. */
  charset?: Charset | 'gbk' | 'GB2312' | 'UTF-8';
  /** Gateway URL; production by default. */
  gateway?: string;
  /** Use the sandbox gateway (ignored when `gateway` is set). */
  sandbox?: boolean;
  /** Milliseconds for a whole call, body included (default 15 000). */
  timeout?: number;
  /** `fetch` to use; `globalThis.fetch` (looked up at call time) by default. */
  fetch?: typeof fetch;
  /** Answer format to ask for: `json` (default) or `xml`. The result is the same either way. */
  format?: ResponseFormat;
  /** Largest answer accepted, in bytes (default 10 MiB); a larger one is refused unparsed. */
  maxResponseBytes?: number;
  /**
   * Retries for the read-only methods retried by default (`alipay.marketing.card.query` and
   * `.activateform.query`; default 2). Other methods retry only when a call sets `maxRetries`.
   */
  maxRetries?: number;
  /** The wait between attempts: full jitter, exponential, capped (default 100 ms base, 2 s cap). */
  retryBackoff?: RetryBackoff;
  /** Called before each attempt is sent (logging, metrics). */
  onRequest?: (event: RequestEvent) => void;
  /** Called after each attempt, with its outcome. */
  onResponse?: (event: ResponseEvent) => void;
}

/**
 * What {@link AlipayClientConfig.onRequest} receives: no parameters, so no token reaches a log by accident.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, onRequest: (e) => console.log(`→ ${e.method} #${e.attempt}`) });
 * ```
 */
export interface RequestEvent {
  method: string;
  /** 1 for the first attempt. */
  attempt: number;
  gateway: string;
}

/**
 * What {@link AlipayClientConfig.onResponse} receives after each attempt.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, onResponse: (e) => metrics.timing(e.method, e.durationMs, { ok: !e.error }) });
 * ```
 */
export interface ResponseEvent {
  method: string;
  attempt: number;
  /** Milliseconds from sending to a verified result (or to the failure). */
  durationMs: number;
  traceId?: string;
  /** The failure, when the attempt failed. */
  error?: AlipayError;
  /** Whether another attempt follows. */
  willRetry: boolean;
}

/**
 * Per-call options of {@link AlipayClient.execute}.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.activateform.query', biz, { authToken, timeout: 5_000 });
 * ```
 */
export interface ExecuteOptions {
  /** The user's access token (`auth_token`), from `alipay.system.oauth.token`. */
  authToken?: string;
  /** A third-party app's authorisation token (`app_auth_token`). */
  appAuthToken?: string;
  /** `notify_url` for APIs that send asynchronous notifications. */
  notifyUrl?: string;
  /** `return_url` for page APIs. */
  returnUrl?: string;
  /** Aborts the call (`ERR_ABORTED`). */
  signal?: AbortSignal;
  /** Milliseconds for this call, overriding the client's `timeout`. */
  timeout?: number;
  /** Other top-level parameters sent outside `biz_content` (e.g. `grant_type` for OAuth). */
  params?: Record<string, string | undefined>;
  /** Answer format for this call, overriding the client's `format`. */
  format?: ResponseFormat;
  /** Send `biz_content` AES-encrypted (`encrypt_type=AES`); needs the client's `encryptKey`. */
  needEncrypt?: boolean;
  /**
   * Retries for this call. Setting it opts any method in (only do so for calls that are safe to
   * repeat, or carry an idempotency key such as `out_serial_no`).
   */
  maxRetries?: number;
}

/**
 * Options of a call to a method the library does not type: `schema` (any valibot schema)
 * validates and types the verified response node.
 *
 * @example
 * ```ts
 * const res = await alipay.execute('alipay.open.file.upload', {}, { schema: v.looseObject({ file_id: v.string() }) });
 * ```
 */
export interface GenericExecuteOptions<S extends v.GenericSchema = v.GenericSchema> extends ExecuteOptions {
  schema?: S;
}

/**
 * The verified response node of a method the library does not type.
 *
 * @example
 * ```ts
 * const node: ResponseNode = await alipay.execute('alipay.trade.query', { out_trade_no: '1' });
 * node.trade_status;
 * ```
 */
export interface ResponseNode {
  code?: string;
  msg?: string;
  [field: string]: unknown;
}

/**
 * `biz_content` of a method the library does not type: any JSON object.
 *
 * @example
 * ```ts
 * const biz: BizContent = { out_trade_no: '20240501000001' };
 * await alipay.execute('alipay.trade.query', biz);
 * ```
 */
export type BizContent = Record<string, unknown>;

/**
 * `M` itself when it is not a method the library types; `never` (a type error) otherwise: a typo
 * in a known method's request cannot fall through to the untyped overload.
 *
 * @example
 * ```ts
 * type A = UnknownMethod<'alipay.trade.query'>;          // 'alipay.trade.query'
 * type B = UnknownMethod<'alipay.marketing.card.query'>; // never
 * ```
 */
export type UnknownMethod<M extends string> = M extends KnownMethod ? never : M;

function configError(message: string): AlipayError {
  return new AlipayError('ERR_CONFIG', message);
}

function checkTimeout(timeout: unknown, name: string): number | undefined {
  if (timeout === undefined) return undefined;
  if (typeof timeout !== 'number' || Number.isNaN(timeout) || timeout <= 0) {
    throw configError(`${name} must be a positive number of milliseconds (or Infinity), got ${String(timeout)}.`);
  }
  return timeout;
}

function checkFormat(format: unknown, name: string): ResponseFormat | undefined {
  if (format === undefined || format === 'json' || format === 'xml') return format;
  throw configError(`${name} must be 'json' or 'xml', got ${JSON.stringify(format)}.`);
}


/**
 * A client for the Alipay OpenAPI gateway (`gateway.do`). It signs each request with the app's
 * private key, verifies each answer with Alipay's public key over the raw signed text, and
 * returns data parsed from exactly that text, validated by the API's schema. Keys are imported
 * once per client, on first use.
 *
 * @example
 * ```ts
 * import { AlipayClient } from 'alipay-edge';
 *
 * const alipay = new AlipayClient({
 *   appId: '2014072300007148',
 *   privateKey: env.ALIPAY_PRIVATE_KEY,
 *   alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
 * });
 * const card = await alipay.execute('alipay.marketing.card.query', {
 *   target_card_no_type: 'BIZ_CARD',
 *   target_card_no: '000001',
 * });
 * card.card_info.balance; // '124.89'
 * ```
 */
export class AlipayClient {
  readonly appId: string;
  readonly signType: SignType;
  readonly gateway: string;
  readonly format: ResponseFormat;
  readonly charset: Charset;
  readonly #timeout: number;
  readonly #maxResponseBytes: number;
  readonly #fetch: typeof fetch | undefined;
  readonly #signingKey: () => Promise<CryptoKey>;
  /** Public-key mode: the one Alipay key. */
  readonly #alipayKey: (() => Promise<CryptoKey>) | undefined;
  /**
   * Certificate mode: Alipay keys by certificate SN. Loaded on first use (X.509 parsing and MD5
   * stay out of the bundle of public-key users, with code splitting).
   */
  readonly #certificates: (() => Promise<CertificateKeys>) | undefined;
  readonly #aesKey: (() => Promise<CryptoKey>) | undefined;
  readonly #maxRetries: number;
  readonly #backoff: RetryBackoff;
  readonly #onRequest: ((event: RequestEvent) => void) | undefined;
  readonly #onResponse: ((event: ResponseEvent) => void) | undefined;

  /**
   * Checks the configuration and reads the keys and certificates; keys are imported into
   * WebCrypto once, on first use.
   *
   * @throws AlipayError `ERR_CONFIG` for a missing or wrong option, `ERR_KEY_INVALID` for a key
   * that cannot be read, `ERR_CERT_INVALID` for a certificate that cannot be read.
   */
  constructor(config: AlipayClientConfig) {
    if (typeof config !== 'object' || config === null) throw configError('AlipayClient needs a configuration object.');
    if (typeof config.appId !== 'string' || config.appId.trim() === '') throw configError('appId is required: the app id from the Alipay console.');
    if (config.signType !== undefined && config.signType !== 'RSA2' && config.signType !== 'RSA') {
      throw configError(`signType must be 'RSA2' or 'RSA', got ${JSON.stringify(config.signType)}.`);
    }
    if (config.fetch !== undefined && typeof config.fetch !== 'function') throw configError('fetch must be a function.');
    if (config.privateKey === undefined) throw configError("privateKey is required: the app's RSA private key.");
    const certOptions = [config.appCert, config.alipayPublicCert, config.alipayRootCert].filter((value) => value !== undefined).length;
    if (config.alipayPublicKey !== undefined && certOptions > 0) {
      throw configError('Give either alipayPublicKey (public-key mode) or appCert, alipayPublicCert and alipayRootCert (certificate mode), not both.');
    }
    if (config.alipayPublicKey === undefined && certOptions === 0) {
      throw configError("alipayPublicKey is required: Alipay's public key from the console (or, in certificate mode, appCert, alipayPublicCert and alipayRootCert).");
    }
    if (certOptions > 0 && certOptions < 3) throw configError('Certificate mode needs all three of appCert, alipayPublicCert and alipayRootCert.');
    this.appId = config.appId;
    this.signType = config.signType ?? 'RSA2';
    this.charset = normaliseCharset(config.charset);
    this.gateway = config.gateway ?? (config.sandbox ? SANDBOX_GATEWAY_URL : GATEWAY_URL);
    let host: string;
    try {
      host = new URL(this.gateway).hostname;
    } catch {
      throw configError(`gateway is not a URL: ${JSON.stringify(this.gateway)}.`);
    }
    if (host === 'openapi.alipaydev.com') {
      throw configError(`gateway ${this.gateway} is the retired sandbox host (it answers isv.invalid-app-id): use sandbox: true, which selects ${SANDBOX_GATEWAY_URL}.`);
    }
    this.#timeout = checkTimeout(config.timeout, 'timeout') ?? DEFAULT_TIMEOUT_MS;
    this.format = checkFormat(config.format, 'format') ?? 'json';
    if (config.maxResponseBytes !== undefined && !(Number.isInteger(config.maxResponseBytes) && config.maxResponseBytes > 0)) {
      throw configError(`maxResponseBytes must be a positive integer, got ${String(config.maxResponseBytes)}.`);
    }
    this.#maxResponseBytes = config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.#fetch = config.fetch;
    this.#maxRetries = checkRetries(config.maxRetries, 'maxRetries') ?? DEFAULT_MAX_RETRIES;
    this.#backoff = config.retryBackoff ?? {};
    for (const hook of ['onRequest', 'onResponse'] as const) {
      if (config[hook] !== undefined && typeof config[hook] !== 'function') throw configError(`${hook} must be a function.`);
    }
    this.#onRequest = config.onRequest;
    this.#onResponse = config.onResponse;
    // Keys are read now (a bad key fails here) and imported once, on first use.
    const privateKey = parsePrivateKey(config.privateKey, 'privateKey');
    checkKeySize(privateKey, this.signType);
    this.#signingKey = once(() => importPrivateKey(privateKey, this.signType, 'privateKey'));
    if (config.alipayPublicKey !== undefined) {
      const publicKey = parsePublicKey(config.alipayPublicKey, 'alipayPublicKey');
      if (sameModulus(publicKey, privateKey)) {
        throw configError(
          "alipayPublicKey is the public half of your own privateKey (the app public key you uploaded). Use Alipay's public key instead: in the Alipay console, under the app's signing settings (接口加签方式), copy the key labelled 支付宝公钥 (Alipay public key).",
        );
      }
      this.#alipayKey = once(() => importPublicKey(publicKey, this.signType, 'alipayPublicKey'));
    } else {
      const certificates = { appCert: config.appCert!, alipayPublicCert: config.alipayPublicCert!, alipayRootCert: config.alipayRootCert! };
      for (const [name, pem] of Object.entries(certificates)) {
        if (typeof pem !== 'string' || !pem.includes('-----BEGIN CERTIFICATE-----')) {
          throw new AlipayError('ERR_CERT_INVALID', `${name} is not usable: expected the PEM text of the certificate file ("-----BEGIN CERTIFICATE-----…").`);
        }
      }
      // The certificates themselves are parsed on first use; a broken one fails that call.
      this.#certificates = once(async () => {
        const { CertificateKeys } = await import('./cert-mode.ts');
        return new CertificateKeys(certificates, this.signType, this.charset, (sn) => this.#downloadCertificate(sn), privateKey.modulus);
      });
    }
    if (config.encryptKey !== undefined) {
      const encryptKey = config.encryptKey;
      this.#aesKey = once(() => loadAes().then(({ importAesKey }) => importAesKey(encryptKey)));
    }
  }

  /**
   * Calls a gateway method and returns its verified result.
   *
   * For the methods the library knows (`alipay.marketing.card.query`,
   * `alipay.marketing.card.activateform.query`) `bizContent` and the result are typed and the
   * result is validated; any other method returns the verified response node, validated by
   * `options.schema` when given.
   *
   * @throws AlipayApiError when the gateway answers with an error (`code`, `subCode`…).
   * @throws AlipayError `ERR_SIGNATURE_INVALID`, `ERR_SIGNATURE_MISSING`, `ERR_RESPONSE_MALFORMED`,
   * `ERR_RESPONSE_INVALID`, `ERR_RESPONSE_TOO_LARGE`, `ERR_HTTP_STATUS`, `ERR_NETWORK`,
   * `ERR_TIMEOUT`, `ERR_ABORTED`, `ERR_REQUEST_INVALID`, `ERR_CERT_INVALID`, `ERR_DECRYPTION_FAILED`.
   * @example
   * ```ts
   * const form = await alipay.execute(
   *   'alipay.marketing.card.activateform.query',
   *   { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017021929993993992839493394' },
   *   { authToken: userAccessToken },
   * );
   * form.fields.OPEN_FORM_FIELD_MOBILE;
   * ```
   */
  execute<M extends KnownMethod>(method: M, bizContent: ApiRequest<M>, options?: ExecuteOptions): Promise<ApiResult<M>>;
  execute<M extends string, S extends v.GenericSchema>(
    method: M & UnknownMethod<M>,
    bizContent: BizContent | undefined,
    options: GenericExecuteOptions<S> & { schema: S },
  ): Promise<v.InferOutput<S>>;
  execute<M extends string>(method: M & UnknownMethod<M>, bizContent?: BizContent, options?: GenericExecuteOptions): Promise<ResponseNode>;
  async execute(method: string, bizContent?: unknown, options: GenericExecuteOptions = {}): Promise<unknown> {
    const format = checkFormat(options.format, 'options.format') ?? this.format;
    const timeout = checkTimeout(options.timeout, 'options.timeout') ?? this.#timeout;
    const maxRetries = checkRetries(options.maxRetries, 'options.maxRetries') ?? (RETRIED_BY_DEFAULT.has(method) ? this.#maxRetries : 0);
    // One deadline for every attempt: the timeout bounds the whole call, retries included.
    const deadline = Date.now() + timeout;
    let node: Record<string, unknown>;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      this.#onRequest?.({ method, attempt, gateway: this.gateway });
      let traceId: string | undefined;
      try {
        // build → sign → send (anew for every attempt: a fresh timestamp)
        const { reply, signContentSent } = await this.#send(method, bizContent, { ...options, timeout: Math.max(1, deadline - Date.now()) }, format);
        traceId = reply.traceId;
        // extract → verify → parse
        const answer = await this.#read(reply.text, method, format);
        node = await this.#verifiedNode(answer, method, reply.traceId, signContentSent);
        this.#onResponse?.({ method, attempt, durationMs: Date.now() - started, ...(traceId !== undefined && { traceId }), willRetry: false });
        break;
      } catch (err) {
        const delay = backoffDelay(attempt, this.#backoff);
        const willRetry = attempt <= maxRetries && isRetryable(err) && !options.signal?.aborted && Date.now() + delay < deadline;
        if (err instanceof AlipayError) {
          this.#onResponse?.({ method, attempt, durationMs: Date.now() - started, ...(traceId !== undefined && { traceId }), error: err, willRetry });
        }
        if (!willRetry) throw err;
        await sleep(delay, options.signal);
      }
    }
    // validate
    const schema = (await apiDefinition(method))?.response ?? options.schema;
    if (!schema) return node;
    const result = v.safeParse(schema, node);
    if (!result.success) {
      const issue = result.issues[0];
      const path = v.getDotPath(issue) ?? '';
      throw new AlipayError(
        'ERR_RESPONSE_INVALID',
        `${method}: the verified answer does not match its schema${path ? ` at ${path}` : ''}: ${issue.message}`,
        { path },
      );
    }
    return result.output;
  }

  /**
   * Verifies a notification (`notify_url` POST body or `return_url` query) with this client's
   * Alipay key (in certificate mode, the key of the notification's `alipay_cert_sn`, or of the
   * configured certificate). See {@link verifyNotify}.
   *
   * @example
   * ```ts
   * const ok = await alipay.verifyNotify(await request.text());
   * ```
   */
  async verifyNotify(params: NotifyParams, options: Omit<VerifyNotifyOptions, 'signType'> = {}): Promise<boolean> {
    const sn = typeof params === 'string' ? new URLSearchParams(params.replace(/^\?/, '')).get('alipay_cert_sn') ?? undefined
      : params instanceof URLSearchParams ? params.get('alipay_cert_sn') ?? undefined : params.alipay_cert_sn;
    const key = this.#certificates ? await (await this.#certificates()).keyFor(sn) : await this.#alipayKey!();
    return verifyNotify(params, key, { ...options, signType: this.signType });
  }

  /** Builds, signs and sends a request; returns the raw reply and the sign content sent. */
  async #send(method: string, bizContent: unknown, options: ExecuteOptions, format: ResponseFormat): Promise<{ reply: GatewayReply; signContentSent: string }> {
    if (typeof method !== 'string' || !/^[\w.]+$/.test(method)) {
      throw new AlipayError('ERR_REQUEST_INVALID', `method must be a gateway method name such as 'alipay.marketing.card.query', got ${JSON.stringify(method)}.`);
    }
    // GBK form encoding needs the encoder, loaded lazily so UTF-8 bundles do not carry it.
    if (this.charset === 'GBK') await loadGbk();
    const timeout = options.timeout ?? this.#timeout;
    checkToken(options.authToken, 'authToken');
    checkToken(options.appAuthToken, 'appAuthToken');
    if (!this.#fetch && typeof globalThis.fetch !== 'function') throw configError('No fetch available: pass config.fetch.');
    // The global fetch is looked up at call time (tests and polyfills may replace it).
    const fetchImpl: typeof fetch = this.#fetch ?? ((input, init) => globalThis.fetch(input, init));

    // A known method's request is checked before anything is signed or sent.
    const { transport, request } = await checkRequest(method, bizContent);
    const extra: Record<string, string | undefined> = { ...options.params };
    let file: { name: string; content: Blob } | undefined;
    let biz: unknown = request;
    if (transport !== 'biz_content') {
      // OAuth and image upload: the fields are top-level params (signed); the file part is not signed.
      const { image_content, file_name, ...fields } = request as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) extra[key] = String(value);
      if (transport === 'multipart') {
        const content = image_content instanceof Blob ? image_content : new Blob([image_content as Uint8Array<ArrayBuffer>]);
        file = { name: typeof file_name === 'string' ? file_name : `${String(fields.image_name)}.${String(fields.image_type)}`, content };
      }
      biz = undefined;
    }

    const certificates = this.#certificates && (await this.#certificates());
    if (options.needEncrypt) {
      if (!this.#aesKey) throw configError('needEncrypt needs the client\'s encryptKey (the AES key from the Alipay console).');
      if (typeof bizContent !== 'object' || bizContent === null) throw new AlipayError('ERR_REQUEST_INVALID', 'bizContent must be an object to be encrypted.', { path: 'biz_content' });
      // The ciphertext is what is sent and signed.
      const key = await this.#aesKey();
      biz = await (await loadAes()).aesEncrypt(JSON.stringify(bizContent), key, this.charset);
    }
    const params = buildRequestParams({
      appId: this.appId,
      method,
      signType: this.signType,
      format: format === 'xml' ? 'XML' : 'JSON',
      charset: this.charset,
      bizContent: biz,
      authToken: options.authToken,
      appAuthToken: options.appAuthToken,
      notifyUrl: options.notifyUrl,
      returnUrl: options.returnUrl,
      params: extra,
      ...(certificates && { appCertSn: certificates.appCertSn, alipayRootCertSn: certificates.rootCertSn }),
      ...(options.needEncrypt && { encryptType: 'AES' as const }),
    });
    const signContentSent = buildSignContent(params);
    params.sign = await signContent(signContentSent, await this.#signingKey(), this.charset);
    const encoded = encodeRequest(this.gateway, params, this.charset, file && { file: { field: 'image_content', ...file } });
    const reply = await send(encoded, {
      fetch: fetchImpl,
      timeout,
      maxResponseBytes: this.#maxResponseBytes,
      charset: this.charset,
      ...(options.signal && { signal: options.signal }),
    });
    return { reply, signContentSent };
  }

  /** Finds the signed span of an answer, JSON or XML. */
  async #read(text: string, method: string, format: ResponseFormat): Promise<ReadAnswer> {
    // An XML call may still get JSON (gateway-level errors): go by what arrived.
    if (format === 'xml' && text.trimStart().startsWith('<')) {
      const xml = await loadXml();
      const span = xml.extractXmlSpan(text, method);
      const name = span.node;
      return {
        span,
        parse: (verified) => xml.parseXmlNode(name, verified),
        parseDecrypted: (plaintext) => asObject(xml.parseXmlNode(name, `${plaintext}</${name}>`)),
      };
    }
    return { span: extractJsonSpan(text, method), parse: parseJsonNode, parseDecrypted: (plaintext) => asObject(parseJsonNode(plaintext)) };
  }

  /** Verifies the span and returns the node parsed from the text that verified (decrypted if AES). */
  async #verifiedNode(answer: ReadAnswer, method: string, traceId: string | undefined, signContentSent: string): Promise<Record<string, unknown>> {
    const { span, parse } = answer;
    const context = { method, ...(traceId !== undefined && { traceId }) };
    // isv.invalid-signature: compare the gateway's echoed sign content with what was signed.
    const diagnosis = async (node: Record<string, unknown>) =>
      node.sub_code === 'isv.invalid-signature' ? (await loadDiagnose()).diagnoseInvalidSignature(node.sub_msg as string | undefined, signContentSent) : undefined;
    if (span.sign === undefined) {
      // The gateway cannot sign some errors (unknown app id): report them, unverified. A success
      // without a signature is never returned.
      const node = span.kind === 'object' ? parse(span.content) : undefined;
      if (typeof node === 'object' && isErrorNode(node)) throw toApiError(node, { ...context, verified: false, diagnosis: await diagnosis(node) });
      throw new AlipayError('ERR_SIGNATURE_MISSING', `${method}: the answer has no sign; unsigned data is never returned.`);
    }
    const certificates = this.#certificates && (await this.#certificates());
    const key = certificates ? await certificates.keyFor(span.certSn) : await this.#alipayKey!();
    const verified = await verifySignedSpan(span, key, this.charset);
    if (verified === undefined) {
      const which = certificates ? `the Alipay certificate ${span.certSn ?? certificates.alipayCertSn}` : 'alipayPublicKey';
      throw new AlipayError('ERR_SIGNATURE_INVALID', `${method}: the answer's signature does not verify with ${which} (forged, altered, or the wrong Alipay key configured).`);
    }
    let node = parse(verified);
    if (typeof node === 'string') {
      // An AES-encrypted answer: verified as received (ciphertext, quotes included), then decrypted.
      if (!this.#aesKey) throw configError(`${method}: the answer is AES-encrypted, and this client has no encryptKey.`);
      const key = await this.#aesKey();
      node = answer.parseDecrypted(await (await loadAes()).aesDecrypt(node, key, this.charset));
    }
    if (isErrorNode(node)) throw toApiError(node, { ...context, verified: true, diagnosis: await diagnosis(node) });
    if (span.node === ERROR_NODE) {
      throw new AlipayError('ERR_RESPONSE_MALFORMED', `${method}: "error_response" carries no error; it is not taken as a success.`);
    }
    if (certificates && span.certSn === undefined) {
      throw new AlipayError('ERR_CERT_INVALID', `${method}: certificate mode, and the answer carries no alipay_cert_sn: refused.`);
    }
    return node;
  }

  /** `alipay.open.app.alipaycert.download`: the certificate of an SN, with its answer's span. */
  /** `alipay.open.app.alipaycert.download`'s signed span (cert-mode.ts checks and verifies it). */
  async #downloadCertificate(sn: string): Promise<SignedSpan> {
    const { reply } = await this.#send(DOWNLOAD_METHOD, { alipay_cert_sn: sn }, {}, 'json');
    return (await this.#read(reply.text, DOWNLOAD_METHOD, 'json')).span;
  }
}

/**
 * Checks a known method's request against its schema (the output, e.g. JSON-encoded form fields,
 * is what is sent). Unknown methods pass unchecked: the generic path stays open.
 */
async function checkRequest(method: string, bizContent: unknown): Promise<{ transport: Transport; request: unknown }> {
  const definition = await apiDefinition(method);
  if (!definition) return { transport: 'biz_content', request: bizContent };
  const { request, transport } = definition;
  const result = v.safeParse(request, bizContent);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '';
    const where = transport === 'biz_content' ? 'biz_content' : 'request';
    throw new AlipayError('ERR_REQUEST_INVALID', `${method}: the ${where} is invalid${path ? ` at ${path}` : ''}: ${issue.message}. Nothing was sent.`, { path });
  }
  return { transport, request: result.output };
}

function checkRetries(retries: unknown, name: string): number | undefined {
  if (retries === undefined) return undefined;
  if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0 || retries > 10) {
    throw configError(`${name} must be a whole number from 0 to 10, got ${String(retries)}.`);
  }
  return retries;
}

/** Whether two parsed keys are halves of one RSA key pair (same modulus). */
export function sameModulus(a: Pick<ParsedKey, 'modulus'>, b: Pick<ParsedKey, 'modulus'>): boolean {
  return a.modulus !== undefined && b.modulus !== undefined && a.modulus.length === b.modulus.length && a.modulus.every((byte, i) => byte === b.modulus![i]);
}

/** RSA2 needs a 2048-bit key at least (the gateway refuses shorter ones). */
function checkKeySize(key: ParsedKey, signType: SignType): void {
  const bits = key.modulus ? modulusBits(key.modulus) : 0;
  if (signType === 'RSA2' && bits > 0 && bits < 2048) {
    throw configError(`privateKey is a ${bits}-bit RSA key, and RSA2 needs at least 2048 bits: create a new key pair (npx alipay-edge keygen) and upload its public key to the Alipay console.`);
  }
}

/** User and app tokens are opaque, but never contain whitespace and are letters, digits, `_.-`. */
function checkToken(token: unknown, name: string): void {
  if (token === undefined) return;
  if (typeof token !== 'string' || token === '') throw configError(`${name} must be a non-empty string.`);
  if (/\s/.test(token)) throw configError(`${name} contains whitespace (a newline copied from an environment variable?): trim it.`);
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(token)) {
    throw configError(`${name} does not look like an Alipay token (letters, digits, "_", "." or "-", at most 128): pass the access_token from alipay.system.oauth.token${name === 'appAuthToken' ? ' (app_auth_token from alipay.open.auth.token.app)' : ''}.`);
  }
}

/** Memoises an async factory: the first call runs it, every call shares its promise. */
function once<T>(factory: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= factory());
}
