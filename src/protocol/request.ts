// Building the gateway request: the common parameters, and where each parameter travels.
import { AlipayError } from '../errors.ts';
import { expectString, readRecord } from '../guard.ts';
import type { SignType } from '../crypto/keys.ts';
import { type Charset, encodeForm, normaliseCharset } from '../encoding/charset.ts';
import { chinaTimestamp } from './timestamp.ts';

/**
 * Production gateway.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, gateway: GATEWAY_URL });
 * ```
 */
export const GATEWAY_URL = 'https://openapi.alipay.com/gateway.do';
/**
 * Sandbox gateway (the old `openapi.alipaydev.com` host answers `isv.invalid-app-id`).
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, sandbox: true }).gateway === SANDBOX_GATEWAY_URL;
 * ```
 */
export const SANDBOX_GATEWAY_URL = 'https://openapi-sandbox.dl.alipaydev.com/gateway.do';

/**
 * Parameters that travel in the query string; everything else (`biz_content` and business
 * parameters) goes in the form body, as the official SDKs do. Keeping secrets such as
 * `auth_token` out of the body changes nothing for the signature, which covers both.
 */
const QUERY_PARAMS = new Set([
  'app_id', 'method', 'format', 'charset', 'sign_type', 'sign', 'timestamp', 'version',
  'app_auth_token', 'auth_token', 'notify_url', 'return_url', 'app_cert_sn', 'alipay_root_cert_sn',
  'encrypt_type', 'alipay_sdk', 'prod_code',
]);

/**
 * A gateway URL's own query followed by the request's parameters, form-encoded in `charset`. A
 * parameter the gateway URL already names is dropped from it: the request's value is the one
 * signed, so it is the one sent, once.
 */
export function withQuery(existing: string, params: Record<string, string>, charset: Charset): string {
  const kept = existing.split('&').filter((pair) => {
    if (pair === '') return false;
    const eq = pair.indexOf('=');
    let key = eq < 0 ? pair : pair.slice(0, eq);
    try {
      key = decodeURIComponent(key.replace(/\+/g, ' '));
    } catch {
      // kept as written
    }
    return !Object.hasOwn(params, key);
  });
  const search = encodeForm(params, charset);
  return [...kept, ...(search ? [search] : [])].join('&');
}

/** Whether a parameter travels in the query string (the common ones) rather than the form body. */
export const isQueryParam = (key: string): boolean => QUERY_PARAMS.has(key);

/**
 * What a request is built from.
 *
 * @example
 * ```ts
 * buildRequestParams({ appId, method: 'alipay.marketing.card.query', signType: 'RSA2', bizContent });
 * ```
 */
export interface RequestInput {
  appId: string;
  method: string;
  signType: SignType;
  /** `JSON` by default; `false` sends no format (browser and app payments have none). */
  format?: 'JSON' | 'XML' | false;
  charset?: string;
  /** Serialised once: the same string is signed and sent. */
  bizContent?: unknown;
  authToken?: string;
  appAuthToken?: string;
  notifyUrl?: string;
  returnUrl?: string;
  /** Other parameters sent as they are (outside `biz_content`), e.g. `grant_type` for OAuth. */
  params?: Record<string, string | undefined>;
  /** Certificate mode serial numbers. */
  appCertSn?: string;
  alipayRootCertSn?: string;
  /** `AES` when `bizContent` is an encrypted string. */
  encryptType?: 'AES';
  /** The instant to stamp; now by default. */
  now?: Date;
}

/**
 * The parameters of a request before signing, every value a string, empty ones left out.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` when `bizContent` cannot be serialised as JSON.
 * @example
 * ```ts
 * const params = buildRequestParams({ appId: '2014072300007148', method: 'alipay.marketing.card.query',
 *   signType: 'RSA2', bizContent: { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } });
 * params.timestamp; // '2024-05-13 17:49:20' (China time)
 * ```
 */
export function buildRequestParams(input: RequestInput): Record<string, string> {
  // Read once: every field is checked and used as it was read (a getter runs once).
  const read = new Map(readRecord(input, 'input'));
  const field = (name: keyof RequestInput) => read.get(name) as never;
  const extra = field('params') === undefined ? [] : readRecord(field('params'), 'params');
  const format = field('format') as RequestInput['format'];
  const params = new Map<string, unknown>([
    ['app_id', field('appId')],
    ['method', field('method')],
    ['format', format === false ? undefined : (format ?? 'JSON')],
    ['charset', field('charset') ?? 'utf-8'],
    ['sign_type', field('signType')],
    ['timestamp', chinaTimestamp(field('now'))],
    ['version', '1.0'],
    ['app_auth_token', field('appAuthToken')],
    ['auth_token', field('authToken')],
    ['notify_url', field('notifyUrl')],
    ['return_url', field('returnUrl')],
    ['app_cert_sn', field('appCertSn')],
    ['alipay_root_cert_sn', field('alipayRootCertSn')],
    ['encrypt_type', field('encryptType')],
  ]);
  if (field('bizContent') !== undefined) params.set('biz_content', serialiseBizContent(field('bizContent')));
  for (const [key, value] of extra) {
    // `sign` is the client's to set; a nameless parameter is covered by no signature.
    if (params.has(key) || key === 'sign') throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" is set by the client; pass it through its option instead.`, { path: key });
    if (key === '') throw new AlipayError('ERR_REQUEST_INVALID', 'A parameter has no name: no signature would cover it.', { path: key });
    params.set(key, value);
  }
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" must be a string.`, { path: key });
    // A data property, even for a key such as __proto__ (an assignment would set the prototype).
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function serialiseBizContent(bizContent: unknown): string {
  if (typeof bizContent === 'string') return bizContent;
  let json: string | undefined;
  try {
    json = JSON.stringify(bizContent);
  } catch (cause) {
    throw new AlipayError('ERR_REQUEST_INVALID', 'bizContent cannot be serialised as JSON (a cycle or a BigInt?).', { cause, path: 'biz_content' });
  }
  if (json === undefined || bizContent === null || typeof bizContent !== 'object') {
    throw new AlipayError('ERR_REQUEST_INVALID', 'bizContent must be an object (or a JSON string).', { path: 'biz_content' });
  }
  return json;
}

/**
 * The HTTP request for a signed parameter set.
 *
 * @example
 * ```ts
 * const { url, body, headers }: EncodedRequest = encodeRequest(GATEWAY_URL, { ...params, sign });
 * await fetch(url, { method: 'POST', body, headers });
 * ```
 */
export interface EncodedRequest {
  url: string;
  /** A form-encoded body, or multipart form data (image upload). */
  body: string | FormData;
  headers: Record<string, string>;
}

/**
 * A file part for `multipart/form-data` (not signed; the text params are).
 *
 * @example
 * ```ts
 * encodeRequest(GATEWAY_URL, params, 'utf-8', { file: { field: 'image_content', name: 'logo.png', content: blob } });
 * ```
 */
export interface MultipartPart {
  /** The file part: not signed. */
  file?: { field: string; name: string; content: Blob };
  /** The file parts, for an upload of several files: not signed. */
  files?: Array<{ field: string; name: string; content: Blob }>;
}

/** The last gateway URL read: clients send to one gateway, and parsing it costs more than the rest. */
let lastGateway: { gateway: string; base: string; search: string; hash: string } | undefined;

/** A gateway URL, checked and split once: before its query, its own query, its fragment. */
export function splitGateway(gateway: string): { base: string; search: string; hash: string } {
  if (lastGateway?.gateway !== gateway) {
    let url: URL;
    try {
      url = new URL(gateway);
    } catch (cause) {
      throw new AlipayError('ERR_CONFIG', `gateway is not a URL: ${JSON.stringify(gateway)}.`, { cause });
    }
    const { href, search, hash } = url;
    const beforeHash = hash ? href.slice(0, -hash.length) : href;
    // The first "?" starts the query: a path cannot hold one unescaped.
    const mark = beforeHash.indexOf('?');
    lastGateway = { gateway, base: mark < 0 ? beforeHash : beforeHash.slice(0, mark), search: search.slice(1), hash };
  }
  return lastGateway;
}

/** A URL from its parts: before the query, the query (without `?`), the fragment. */
export const joinUrl = (base: string, search: string, hash: string): string => `${base}${search ? `?${search}` : ''}${hash}`;

/**
 * Places signed parameters: common ones (and `sign`) in the query string of the gateway URL, the
 * rest in an `application/x-www-form-urlencoded` body, or, for a file upload, in a
 * `multipart/form-data` body with the (unsigned) file part.
 *
 * @example
 * ```ts
 * const { url, body, headers } = encodeRequest(GATEWAY_URL, { ...params, sign });
 * await fetch(url, { method: 'POST', body, headers });
 * ```
 */
export function encodeRequest(gateway: string, params: Record<string, string>, charset: Charset = 'utf-8', multipart?: MultipartPart): EncodedRequest {
  // Read once: what is checked is what is encoded (a getter runs once).
  const entries = readRecord(params, 'params') as Array<[string, string]>;
  for (const [key, value] of entries) expectString(value, key);
  const set = normaliseCharset(charset);
  let files: Array<{ field: string; name: string; content: Blob }> | undefined;
  if (multipart !== undefined) {
    const parts = new Map(readRecord(multipart, 'multipart'));
    const many = parts.get('files');
    if (many !== undefined && !Array.isArray(many)) throw new AlipayError('ERR_REQUEST_INVALID', 'multipart.files must be a list of file parts.', { path: 'multipart.files' });
    files = [];
    for (const given of [...(parts.get('file') === undefined ? [] : [parts.get('file')]), ...((many as unknown[] | undefined) ?? [])]) {
      const part = new Map(readRecord(given, 'multipart.file'));
      const content = part.get('content');
      if (!(content instanceof Blob)) throw new AlipayError('ERR_REQUEST_INVALID', 'multipart.file.content must be a Blob.', { path: 'multipart.file.content' });
      files.push({ field: expectString(part.get('field'), 'multipart.file.field'), name: expectString(part.get('name'), 'multipart.file.name'), content });
    }
  }
  const { base, search, hash } = splitGateway(expectString(gateway, 'gateway', 'ERR_CONFIG'));
  const query: Array<[string, string]> = [];
  const body: Array<[string, string]> = [];
  for (const entry of entries) (isQueryParam(entry[0]) ? query : body).push(entry);
  const charsetParam = entries.find(([key]) => key === 'charset')?.[1];
  if (files) {
    // multipart/form-data: text params, then the files. fetch sets the content type and boundary.
    const form = new FormData();
    for (const [key, value] of body) form.append(key, value);
    for (const file of files) form.append(file.field, file.content, file.name);
    return { url: joinUrl(base, encodeForm(Object.fromEntries(query), set), hash), body: form, headers: {} };
  }
  // Both parts are form-encoded in the request's charset (GBK bytes for a GBK request).
  return {
    url: joinUrl(base, withQuery(search, Object.fromEntries(query), set), hash),
    body: encodeForm(Object.fromEntries(body), set),
    headers: { 'content-type': `application/x-www-form-urlencoded;charset=${charsetParam ?? 'utf-8'}` },
  };
}
