// The client's configuration: its types, its defaults, and every check, in one place. A config is
// resolved once, in the constructor; a mistake fails there with a message that says how to fix it.
import type { SignType } from '../crypto/keys.ts';
import { type ApiDefinition, resolveApis } from '../apis/registry.ts';
import type { XmlSupport } from './answer.ts';
import { type Charset, normaliseCharset } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import type * as v from 'valibot';
import { fieldsOf, kind, readOnce, shown } from '../guard.ts';
import { DEFAULT_CLOCK_SKEW_MS } from '../protocol/v3/endpoints.ts';
import { checkFormat, checkRetries, checkTimeout, configError } from './option-checks.ts';
import { DEFAULT_MAX_RETRIES, type RetryBackoff } from './retry.ts';
import { resolveTargets } from './targets.ts';

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

/** Why `format: 'xml'` was refused: what to import. */
export const XML_NEEDED =
  "format 'xml' needs the XML parser: pass the xml export of 'alipay-edge/xml' as the client's xml option (the parser stays out of bundles that do not import that entry).";

/**
 * Response format: `json` (default) or `xml` (with the client's `xml` option).
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, format: 'xml' satisfies ResponseFormat });
 * ```
 */
export type ResponseFormat = 'json' | 'xml';

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
  /**
   * `v2` (default): `execute` calls the gateway (`gateway.do`), answers signed in the body. `v3`:
   * `execute` calls OpenAPI v3 (`endpoint` + `/v3/…`), answers signed in headers.
   */
  protocol?: 'v2' | 'v3';
  /**
   * v2 gateway URL, ending in `/gateway.do`: `endpoint` + `/gateway.do` when only `endpoint` is set,
   * else production's (the sandbox's with `sandbox`). Used by v2 calls, payments and certificate downloads.
   */
  gateway?: string | undefined;
  /**
   * OpenAPI v3 endpoint (origin, and a path prefix if any): the gateway's origin and path prefix
   * when only `gateway` is set, else `https://openapi.alipay.com` (the sandbox's with `sandbox`).
   */
  endpoint?: string | undefined;
  /** Use the sandbox (ignored when `gateway` or `endpoint` is set: the other one follows it). */
  sandbox?: boolean | undefined;
  /** v3: largest distance accepted between an answer's `alipay-timestamp` and this host's clock (default 300 000 ms). */
  clockSkewMs?: number;
  /** Milliseconds for a whole call, body included (default 15 000). */
  timeout?: number;
  /** `fetch` to use; `globalThis.fetch` (looked up at call time) by default. */
  fetch?: typeof fetch;
  /** Answer format to ask for: `json` (default) or `xml` (needs `xml`). The result is the same either way. */
  format?: ResponseFormat;
  /** XML answers: `xml` from `alipay-edge/xml`, needed by `format: 'xml'` (client or call). */
  xml?: XmlSupport;
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
  /**
   * Definitions from `alipay-edge/apis` this client knows by name: `execute('alipay.trade.query', …)`
   * is then validated and routed like `execute(alipayTradeQuery, …)`. `allApis` (from
   * `alipay-edge/apis/all`) gives every operation, for servers that do not count bytes.
   */
  apis?: readonly ApiDefinition[];
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

/** The certificate mode part of a configuration, all three PEM texts. */
export interface CertificateConfig {
  appCert: string;
  alipayPublicCert: string;
  alipayRootCert: string;
}

/** A configuration after its checks: every value present and of its type. */
export interface ResolvedConfig {
  appId: string;
  privateKey: string;
  /** Public-key mode. */
  alipayPublicKey?: string;
  /** Certificate mode. */
  certificates?: CertificateConfig;
  encryptKey?: string;
  signType: SignType;
  charset: Charset;
  protocol: 'v2' | 'v3';
  gateway: string;
  endpoint: string;
  clockSkewMs: number;
  timeout: number;
  fetch?: typeof fetch;
  format: ResponseFormat;
  xml?: XmlSupport;
  maxResponseBytes: number;
  maxRetries: number;
  backoff: RetryBackoff;
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
  /** The definitions given as `apis`, by method name. */
  apis?: ReadonlyMap<string, ApiDefinition>;
}

/** An app id: text, since a 16-digit id read as a number may already be another one. */
function checkAppId(appId: unknown): void {
  if (typeof appId === 'number' || typeof appId === 'bigint') {
    const exact = typeof appId === 'bigint' || Number.isSafeInteger(appId);
    throw configError(`appId must be a string: quote it (${exact ? `appId: '${String(appId)}'` : `${String(appId)} is past 2^53: its digits may have changed`}). A number is exact only up to 9007199254740991, and the gateway compares the id as text.`);
  }
  if (appId !== undefined && typeof appId !== 'string') throw configError(`appId must be a string (the app id from the Alipay console), got ${kind(appId)}.`);
  if (appId === undefined || appId.trim() === '') throw configError('appId is required: the app id from the Alipay console.');
}

const optionalString = (config: Record<string, unknown>, name: string): string | undefined => {
  const value = config[name];
  if (value === undefined || typeof value === 'string') return value;
  throw configError(`${name} must be a string, got ${kind(value)}.`);
};

/**
 * Checks a configuration and fills in the defaults. Keys and certificates are read by the
 * credentials (client/credentials.ts); this checks everything else.
 *
 * @throws AlipayError `ERR_CONFIG` naming the option and how to fix it.
 */
/** Every option of a configuration: each is read once, then checked and used from the copy. */
const CONFIG_KEYS = [
  'appId', 'privateKey', 'alipayPublicKey', 'appCert', 'alipayPublicCert', 'alipayRootCert', 'encryptKey', 'signType', 'charset', 'protocol',
  'gateway', 'endpoint', 'sandbox', 'clockSkewMs', 'timeout', 'fetch', 'format', 'xml', 'maxResponseBytes', 'maxRetries', 'retryBackoff',
  'onRequest', 'onResponse', 'apis',
] as const satisfies ReadonlyArray<keyof AlipayClientConfig>;

/** `xml`'s two functions, read once: the client calls what was checked. */
function xmlSupport(value: unknown): XmlSupport | undefined {
  if (value === undefined) return undefined;
  const { extractXmlSpan, parseXmlNode } = typeof value === 'object' && value !== null ? fieldsOf(value as XmlSupport, ['extractXmlSpan', 'parseXmlNode'], 'xml', 'ERR_CONFIG') : {};
  if (typeof extractXmlSpan !== 'function' || typeof parseXmlNode !== 'function') throw configError("xml must be the xml object of 'alipay-edge/xml'.");
  return { extractXmlSpan: (body, method) => extractXmlSpan.call(value, body, method), parseXmlNode: (name, text) => parseXmlNode.call(value, name, text) };
}

/** `retryBackoff`, read once and checked: non-negative finite milliseconds. */
function backoffOf(value: unknown): RetryBackoff {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null) throw configError('retryBackoff must be an object ({ baseMs, maxMs }).');
  const backoff = fieldsOf(value as RetryBackoff, ['baseMs', 'maxMs'], 'retryBackoff', 'ERR_CONFIG');
  for (const [name, ms] of Object.entries(backoff)) {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) throw configError(`retryBackoff.${name} must be a number of milliseconds (0 or more), got ${shown(ms)}.`);
  }
  return backoff;
}

export function resolveConfig(input: AlipayClientConfig): ResolvedConfig {
  if (typeof input !== 'object' || input === null) throw configError('AlipayClient needs a configuration object.');
  const config = fieldsOf(input, CONFIG_KEYS, 'config', 'ERR_CONFIG') as AlipayClientConfig;
  const raw = config as unknown as Record<string, unknown>;
  checkAppId(config.appId);
  if (config.appId !== config.appId.trim()) throw configError(`appId ${JSON.stringify(config.appId)} has whitespace around it (copied with a newline or a space?): trim it.`);
  if (config.signType !== undefined && config.signType !== 'RSA2' && config.signType !== 'RSA') {
    throw configError(`signType must be 'RSA2' or 'RSA', got ${shown(config.signType)}.`);
  }
  if (config.fetch !== undefined && typeof config.fetch !== 'function') throw configError('fetch must be a function.');
  if (config.privateKey === undefined) throw configError("privateKey is required: the app's RSA private key.");
  for (const name of ['alipayPublicKey', 'appCert', 'alipayPublicCert', 'alipayRootCert', 'encryptKey', 'gateway', 'endpoint']) optionalString(raw, name);
  if (config.protocol !== undefined && config.protocol !== 'v2' && config.protocol !== 'v3') {
    throw configError(`protocol must be 'v2' or 'v3', got ${shown(config.protocol)}.`);
  }
  if (config.sandbox !== undefined && typeof config.sandbox !== 'boolean') {
    throw configError(`sandbox must be true or false, got ${shown(config.sandbox)} (an environment variable is text: sandbox: env.X === 'true').`);
  }
  // A client set up for another gateway never reaches production by default: see targets.ts.
  const { gateway, endpoint } = resolveTargets(config.gateway, config.endpoint, config.sandbox === true);
  const certOptions = [config.appCert, config.alipayPublicCert, config.alipayRootCert].filter((value) => value !== undefined).length;
  if (config.alipayPublicKey !== undefined && certOptions > 0) {
    throw configError('Give either alipayPublicKey (public-key mode) or appCert, alipayPublicCert and alipayRootCert (certificate mode), not both.');
  }
  if (config.alipayPublicKey === undefined && certOptions === 0) {
    throw configError("alipayPublicKey is required: Alipay's public key from the console (or, in certificate mode, appCert, alipayPublicCert and alipayRootCert).");
  }
  if (certOptions > 0 && certOptions < 3) throw configError('Certificate mode needs all three of appCert, alipayPublicCert and alipayRootCert.');
  if (config.maxResponseBytes !== undefined && !(Number.isInteger(config.maxResponseBytes) && config.maxResponseBytes > 0)) {
    throw configError(`maxResponseBytes must be a positive integer, got ${shown(config.maxResponseBytes)}.`);
  }
  for (const hook of ['onRequest', 'onResponse'] as const) {
    if (config[hook] !== undefined && typeof config[hook] !== 'function') throw configError(`${hook} must be a function.`);
  }
  const xml = xmlSupport(config.xml);
  if (config.format === 'xml' && xml === undefined) throw configError(XML_NEEDED);
  const backoff = backoffOf(config.retryBackoff);
  const apis = resolveApis(config.apis);
  return {
    appId: config.appId,
    privateKey: config.privateKey,
    ...(config.alipayPublicKey !== undefined && { alipayPublicKey: config.alipayPublicKey }),
    ...(certOptions === 3 && { certificates: { appCert: config.appCert!, alipayPublicCert: config.alipayPublicCert!, alipayRootCert: config.alipayRootCert! } }),
    ...(config.encryptKey !== undefined && { encryptKey: config.encryptKey }),
    signType: config.signType ?? 'RSA2',
    charset: normaliseCharset(config.charset),
    protocol: config.protocol ?? 'v2',
    gateway,
    endpoint,
    clockSkewMs: checkTimeout(config.clockSkewMs, 'clockSkewMs') ?? DEFAULT_CLOCK_SKEW_MS,
    timeout: checkTimeout(config.timeout, 'timeout') ?? DEFAULT_TIMEOUT_MS,
    ...(config.fetch !== undefined && { fetch: config.fetch }),
    format: checkFormat(config.format, 'format') ?? 'json',
    ...(xml !== undefined && { xml }),
    maxResponseBytes: config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxRetries: checkRetries(config.maxRetries, 'maxRetries') ?? DEFAULT_MAX_RETRIES,
    backoff,
    ...(config.onRequest && { onRequest: config.onRequest }),
    ...(config.onResponse && { onResponse: config.onResponse }),
    ...(apis !== undefined && { apis }),
  };
}
