// OpenAPI v3 requests: the request-target, the auth string and the content that is signed. The
// signature covers the request-target exactly as sent (endpoint path prefix and query included),
// whatever encoding produced it, so what is signed and what is sent cannot drift apart.
import { AlipayError } from '../../errors.ts';
import { expectRecord, expectString, fieldsOf, kind, snapshotRecord } from '../../guard.ts';

export { SANDBOX_V3_ENDPOINT, V3_ENDPOINT } from './endpoints.ts';
import { withoutTrailingSlashes } from './endpoints.ts';

/**
 * The authorization scheme: v3 always signs RSASSA-PKCS1-v1_5 with SHA-256.
 *
 * @example
 * ```ts
 * headers.authorization.startsWith(`${V3_SCHEME} `); // true
 * ```
 */
export const V3_SCHEME = 'ALIPAY-SHA256withRSA';

/**
 * What a v3 request is built from.
 *
 * @example
 * ```ts
 * const input: V3RequestInput = { appId, httpMethod: 'POST', endpoint: 'https://openapi.alipay.com', path: '/v3/alipay/marketing/card/query', body };
 * ```
 */
export interface V3RequestInput {
  appId: string;
  /** Any HTTP method; upper-cased for the wire and the sign content. */
  httpMethod: string;
  /** `https://openapi.alipay.com`, or another origin, with or without a path prefix. */
  endpoint: string;
  /** `/v3/…`, possibly with a query of its own. */
  path: string;
  /** Query parameters added to the URL (a value replaces one of the same name in `path`). */
  query?: Record<string, string | number | boolean>;
  /** The body text exactly as sent (JSON, AES ciphertext, or a multipart request's `data` part); empty when none. */
  body?: string;
  /** A third party's app authorisation token: a header, and the fifth signed line. */
  appAuthToken?: string;
  /** Certificate mode: the app certificate's SN, in the auth string. */
  appCertSn?: string;
  /** Extra `key=value` pairs appended to the auth string, as Alipay may ask for. */
  additionalAuthInfo?: string;
  /** The nonce; a fresh UUID by default. */
  nonce?: string;
  /** Epoch milliseconds; now by default. */
  timestamp?: number;
}

/**
 * A v3 request ready to sign: the URL to send to, the request-target, the auth string and the
 * sign content.
 *
 * @example
 * ```ts
 * const { url, signContent, authString }: V3SignedRequest = buildV3Request(input);
 * ```
 */
export interface V3SignedRequest {
  url: string;
  /** Upper-cased HTTP method. */
  method: string;
  /** Path and query as sent: the third line of the sign content. */
  target: string;
  authString: string;
  signContent: string;
}

/**
 * Builds a v3 request's URL, auth string and sign content:
 * `authString\nMETHOD\ntarget\nbody\n` plus `appAuthToken\n` when there is one.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a path that is not `/…`, a value that cannot be a
 * query parameter, or a line break where it would change the sign content's lines.
 * @example
 * ```ts
 * const request = buildV3Request({ appId, httpMethod: 'GET', endpoint: 'https://openapi.alipay.com', path: '/v3/alipay/marketing/card/template/query', query: { template_id } });
 * const sign = await signContent(request.signContent, privateKey);
 * ```
 */
export function buildV3Request(given: V3RequestInput): V3SignedRequest {
  expectRecord(given, 'input');
  const input = fieldsOf(given, ['appId', 'httpMethod', 'endpoint', 'path', 'query', 'body', 'appAuthToken', 'appCertSn', 'additionalAuthInfo', 'nonce', 'timestamp'], 'input') as V3RequestInput;
  const appId = expectString(input.appId, 'appId');
  const method = expectString(input.httpMethod, 'httpMethod').toUpperCase();
  if (!/^[A-Z]+$/.test(method)) throw new AlipayError('ERR_REQUEST_INVALID', `httpMethod must be an HTTP method such as 'GET' or 'POST', got ${JSON.stringify(input.httpMethod)}.`, { path: 'httpMethod' });
  const path = expectString(input.path, 'path');
  if (!path.startsWith('/')) throw new AlipayError('ERR_REQUEST_INVALID', `path must start with "/" (such as /v3/alipay/marketing/card/query), got ${JSON.stringify(path)}.`, { path: 'path' });
  const endpoint = expectString(input.endpoint, 'endpoint');
  let url: URL;
  try {
    url = new URL(`${withoutTrailingSlashes(endpoint)}${path}`);
  } catch (cause) {
    throw new AlipayError('ERR_CONFIG', `endpoint ${JSON.stringify(endpoint)} with path ${JSON.stringify(path)} is not a URL.`, { cause });
  }
  if (input.query !== undefined) {
    for (const [key, value] of Object.entries(snapshotRecord(input.query, 'query'))) {
      if (value === undefined) continue;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new AlipayError('ERR_REQUEST_INVALID', `Query parameter "${key}" must be a string, number or boolean, got ${kind(value)}.`, { path: key });
      }
      url.searchParams.set(key, String(value));
    }
  }
  const body = input.body === undefined ? '' : expectString(input.body, 'body');
  const timestamp: unknown = input.timestamp ?? Date.now();
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp) || timestamp < 0) throw new AlipayError('ERR_REQUEST_INVALID', 'timestamp must be epoch milliseconds.', { path: 'timestamp' });
  const nonce = input.nonce === undefined ? crypto.randomUUID() : expectString(input.nonce, 'nonce');
  const fields = [`app_id=${appId}`];
  if (input.appCertSn !== undefined) fields.push(`app_cert_sn=${expectString(input.appCertSn, 'appCertSn')}`);
  fields.push(`nonce=${nonce}`, `timestamp=${timestamp}`);
  if (input.additionalAuthInfo !== undefined) fields.push(expectString(input.additionalAuthInfo, 'additionalAuthInfo'));
  const authString = fields.join(',');
  // The sign content is line-based: a line break inside a one-line value would shift the lines.
  for (const [name, value] of [['authString', authString], ['appAuthToken', input.appAuthToken ?? '']] as const) {
    if (/[\r\n]/.test(value)) throw new AlipayError('ERR_REQUEST_INVALID', `${name} contains a line break.`, { path: name });
  }
  const target = `${url.pathname}${url.search}`;
  let signContent = `${authString}\n${method}\n${target}\n${body}\n`;
  if (input.appAuthToken !== undefined) signContent += `${expectString(input.appAuthToken, 'appAuthToken')}\n`;
  return { url: url.toString(), method, target, authString, signContent };
}

/**
 * The `authorization` header of a signed v3 request.
 *
 * @example
 * ```ts
 * headers.authorization = v3Authorization(request.authString, await signContent(request.signContent, key));
 * ```
 */
export function v3Authorization(authString: string, sign: string): string {
  return `${V3_SCHEME} ${expectString(authString, 'authString')},sign=${expectString(sign, 'sign')}`;
}

/**
 * A v2 method name's v3 path: `/v3/` and the name with every `.` as `/`.
 *
 * @example
 * ```ts
 * v3Path('alipay.marketing.card.query'); // '/v3/alipay/marketing/card/query'
 * ```
 */
export function v3Path(method: string): string {
  return `/v3/${expectString(method, 'method').replaceAll('.', '/')}`;
}
