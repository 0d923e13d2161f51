// Building the gateway request: the common parameters, and where each parameter travels.
import { AlipayError } from '../errors.ts';
import { expectString, fieldsOf, isInstance, snapshotRecord } from '../guard.ts';
import type { SignType } from '../crypto/keys.ts';
import { type Charset, encodeForm } from '../encoding/charset.ts';
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
export function buildRequestParams(given: RequestInput): Record<string, string> {
  if (typeof given !== 'object' || given === null) throw new AlipayError('ERR_REQUEST_INVALID', 'input must be an object.', { path: 'input' });
  const input = fieldsOf(
    given,
    ['appId', 'method', 'signType', 'format', 'charset', 'bizContent', 'authToken', 'appAuthToken', 'notifyUrl', 'returnUrl', 'params', 'appCertSn', 'alipayRootCertSn', 'encryptType', 'now'],
    'input',
  ) as RequestInput;
  const extra = input.params === undefined ? {} : snapshotRecord(input.params, 'params');
  const params: Record<string, unknown> = {
    app_id: input.appId,
    method: input.method,
    format: input.format === false ? undefined : (input.format ?? 'JSON'),
    charset: input.charset ?? 'utf-8',
    sign_type: input.signType,
    timestamp: chinaTimestamp(input.now),
    version: '1.0',
    app_auth_token: input.appAuthToken,
    auth_token: input.authToken,
    notify_url: input.notifyUrl,
    return_url: input.returnUrl,
    app_cert_sn: input.appCertSn,
    alipay_root_cert_sn: input.alipayRootCertSn,
    encrypt_type: input.encryptType,
  };
  if (input.bizContent !== undefined) params.biz_content = serialiseBizContent(input.bizContent);
  for (const [key, value] of Object.entries(extra)) {
    if (Object.hasOwn(params, key)) throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" is set by the client; pass it through its option instead.`, { path: key });
    // Defined, not assigned: a "__proto__" parameter stays a parameter (signed and sent).
    Object.defineProperty(params, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') throw new AlipayError('ERR_REQUEST_INVALID', `Parameter "${key}" must be a string.`, { path: key });
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
  file: { field: string; name: string; content: Blob };
}

/** The last gateway URL read: clients send to one gateway, and parsing it costs more than the rest. */
let lastGateway: { gateway: string; base: string; search: string; hash: string } | undefined;

/** A gateway URL, checked and split once: before its query, its own query, its fragment. */
function splitGateway(gateway: string): { base: string; search: string; hash: string } {
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

const joinUrl = (base: string, search: string, hash: string) => `${base}${search ? `?${search}` : ''}${hash}`;

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
  const signed = snapshotRecord(params, 'params');
  let file: MultipartPart['file'] | undefined;
  if (multipart !== undefined) {
    const { file: given } = fieldsOf(multipart, ['file'], 'multipart');
    const { field, name, content } = fieldsOf(given as MultipartPart['file'], ['field', 'name', 'content'], 'multipart.file');
    if (given === undefined) throw new AlipayError('ERR_REQUEST_INVALID', 'multipart.file must be an object.', { path: 'multipart.file' });
    expectString(field, 'multipart.file.field');
    expectString(name, 'multipart.file.name');
    if (!isInstance(content, Blob)) throw new AlipayError('ERR_REQUEST_INVALID', 'multipart.file.content must be a Blob.', { path: 'multipart.file.content' });
    file = { field: field!, name: name!, content };
  }
  const { base, search, hash } = splitGateway(expectString(gateway, 'gateway', 'ERR_CONFIG'));
  // Plain records, so that a "__proto__" parameter stays a parameter.
  const query: Record<string, string> = Object.create(null);
  const body: Record<string, string> = Object.create(null);
  for (const [key, value] of Object.entries(signed)) (isQueryParam(key) ? query : body)[key] = expectString(value, key);
  if (file) {
    // multipart/form-data: text params, then the file. fetch sets the content type and boundary.
    const form = new FormData();
    for (const [key, value] of Object.entries(body)) form.append(key, value);
    form.append(file.field, file.content, file.name);
    return { url: joinUrl(base, encodeForm(query, charset), hash), body: form, headers: {} };
  }
  // Both parts are form-encoded in the request's charset (GBK bytes for a GBK request).
  return {
    url: joinUrl(base, withQuery(search, query, charset), hash),
    body: encodeForm(body, charset),
    headers: { 'content-type': `application/x-www-form-urlencoded;charset=${signed.charset ?? 'utf-8'}` },
  };
}
