// One OpenAPI v3 call, top to bottom: prepare (route and shape, once) → build → sign → send →
// verify (headers) → parse (success or error, read from the signed body) → validate. The keys
// come from the same credentials as v2, and validation is v2's; only the wire differs.
import type * as v from 'valibot';
import { signContent } from '../crypto/sign.ts';
import { AlipayError } from '../errors.ts';
import { expectRecord, expectString, fieldsOf, isInstance, kind, snapshotRecord } from '../guard.ts';
import { v3ApiError } from '../protocol/v3/answer.ts';
import { type FilePart, encodeV3Multipart } from '../protocol/v3/multipart.ts';
import { buildV3Request, v3Authorization } from '../protocol/v3/request.ts';
import { placeV3Fields } from '../apis/route.ts';
import { camelName } from '../apis/untyped.ts';
import { readV3Signature, verifyV3Answer } from '../protocol/v3/verify.ts';
import type { CallContext, PreparedCall } from './call.ts';
import { type ResolvedConfig } from './options.ts';
import { checkRetries, checkSchema, checkTimeout, checkToken, configError } from './option-checks.ts';
import { send } from './transport.ts';

const loadAes = () => import('../crypto/aes.ts');

/** A v3 call, checked and shaped once before its first attempt. */
export interface V3Call {
  /** What hooks and messages call it: the method name, or `VERB /v3/…`. */
  label: string;
  httpMethod: string;
  path: string;
  query: Record<string, string>;
  /** The JSON body before any encryption (a multipart request's `data` part); undefined for none. */
  body?: string;
  /** A multipart upload's file parts. */
  files?: FilePart[];
  appAuthToken?: string;
  needEncrypt: boolean;
  requestId?: string;
  signal?: AbortSignal;
  timeout: number;
  maxRetries: number;
  schema: v.GenericSchema | undefined;
}

/**
 * A typed `execute` call over v3, placed on its route (Alipay's description): path parameters in
 * the path, query parameters in the query, file parts in a multipart body, the rest as the JSON
 * body; the user token as the `auth_token` query parameter.
 */
export function v3CallOf(call: PreparedCall): V3Call {
  const { method, options, route } = call;
  if (route === undefined) {
    // Over v3 the verb, path and placement come from the operation's definition, never a guess.
    const name = camelName(method);
    throw new AlipayError(
      'ERR_REQUEST_INVALID',
      call.untyped
        ? `${method}: over v3 an untyped method needs its route: untyped('${method}', { verb: 'POST' }) (or 'GET'…, with its path if it is not /v3/${method.replaceAll('.', '/')}), or alipay.request(verb, path). Nothing was sent.`
        : `${method}: over v3 a method is called with its definition (verb, path, where each field goes). If it is an operation of Alipay's v3 description: import ${name} from alipay-edge/apis and call execute(${name}, …), or give it to the client (apis: [${name}]). Otherwise use untyped('${method}', { verb }) or alipay.request(verb, path). Nothing was sent.`,
    );
  }
  const request = call.request === undefined ? {} : call.request;
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new AlipayError('ERR_REQUEST_INVALID', `${method}: over v3, bizContent must be an object (its fields are sent as JSON or query parameters).`, { path: 'biz_content' });
  }
  const fields: Record<string, unknown> = {
    ...(request as Record<string, unknown>),
    ...options.params,
    ...(options.notifyUrl !== undefined && { notify_url: options.notifyUrl }),
    ...(options.returnUrl !== undefined && { return_url: options.returnUrl }),
  };
  const placed = placeV3Fields(route, fields, method);
  // The user token first, as the official SDKs put it; the same value when it was a request field.
  const query = { ...(options.authToken !== undefined && { auth_token: options.authToken }), ...placed.query };
  if (options.needEncrypt && (placed.body === undefined || placed.files.length > 0)) {
    throw new AlipayError('ERR_REQUEST_INVALID', `${method}: needEncrypt needs a JSON body; over v3 this method sends ${placed.files.length > 0 ? 'files' : 'query parameters'}.`, { path: 'needEncrypt' });
  }
  return {
    label: method,
    httpMethod: route.verb,
    path: placed.path,
    query,
    ...(placed.body !== undefined && { body: JSON.stringify(placed.body) }),
    ...(placed.files.length > 0 && { files: placed.files }),
    ...(options.appAuthToken !== undefined && { appAuthToken: options.appAuthToken }),
    needEncrypt: options.needEncrypt === true,
    ...(options.signal && { signal: options.signal }),
    timeout: call.timeout,
    maxRetries: call.maxRetries,
    schema: call.schema,
  };
}

/**
 * Options of {@link AlipayClient.request}.
 *
 * @example
 * ```ts
 * await alipay.request('GET', '/v3/alipay/marketing/card/template/query', { query: { template_id } });
 * ```
 */
export interface RequestOptions<S extends v.GenericSchema = v.GenericSchema> {
  /** Query parameters (values as text). */
  query?: Record<string, string | number | boolean>;
  /** The JSON body (an object, serialised once), or its text. */
  body?: Record<string, unknown> | string;
  /** A third party's app authorisation token (`alipay-app-auth-token`, signed). */
  appAuthToken?: string;
  /** Send the body AES-encrypted and decrypt the answer; needs the client's `encryptKey`. */
  needEncrypt?: boolean;
  /** `alipay-request-id` (default: a fresh UUID per attempt). */
  requestId?: string;
  /** Validates and types `data`. */
  schema?: S;
  signal?: AbortSignal;
  /** Milliseconds for this call, retries included. */
  timeout?: number;
  /** Retries (network errors, HTTP 5xx); none by default. */
  maxRetries?: number;
}

/** `alipay.request(…)`: any v3 path, checked before anything is signed. */
export function v3CallFromRequest(config: ResolvedConfig, httpMethod: unknown, path: unknown, options: unknown): V3Call {
  const verb = expectString(httpMethod, 'httpMethod').toUpperCase();
  const target = expectString(path, 'path');
  // Every option read once; what is checked here is what the attempts use.
  const opts = fieldsOf(options as RequestOptions | undefined, ['query', 'body', 'appAuthToken', 'needEncrypt', 'requestId', 'schema', 'signal', 'timeout', 'maxRetries'], 'options') as RequestOptions;
  const query: Record<string, string> = {};
  if (opts.query !== undefined) {
    for (const [key, value] of Object.entries(snapshotRecord(opts.query, 'options.query'))) {
      if (value === undefined) continue;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new AlipayError('ERR_REQUEST_INVALID', `Query parameter "${key}" must be a string, number or boolean, got ${kind(value)}.`, { path: key });
      query[key] = String(value);
    }
  }
  let body: string | undefined;
  if (opts.body !== undefined) {
    if ((verb === 'GET' || verb === 'HEAD')) throw new AlipayError('ERR_REQUEST_INVALID', `${verb} ${target}: a ${verb} request has no body; pass the parameters as options.query.`, { path: 'body' });
    if (typeof opts.body === 'string') body = opts.body;
    else {
      expectRecord(opts.body, 'options.body');
      try {
        body = JSON.stringify(opts.body);
      } catch (cause) {
        throw new AlipayError('ERR_REQUEST_INVALID', 'options.body cannot be serialised as JSON (a cycle or a BigInt?).', { cause, path: 'body' });
      }
    }
  }
  checkToken(opts.appAuthToken, 'appAuthToken');
  const given: unknown = opts.requestId;
  const requestId: string | undefined = typeof given === 'string' || typeof given === 'number' ? String(given) : undefined;
  if (given !== undefined && (requestId === undefined || !/^[\x21-\x7e]{1,64}$/.test(requestId))) throw configError('options.requestId must be 1 to 64 printable ASCII characters.');
  if (opts.signal !== undefined && !isInstance(opts.signal, AbortSignal)) throw configError('options.signal must be an AbortSignal.');
  const schema = checkSchema(opts.schema);
  if (opts.needEncrypt && body === undefined) throw new AlipayError('ERR_REQUEST_INVALID', 'needEncrypt needs a body to encrypt.', { path: 'needEncrypt' });
  return {
    label: `${verb} ${target}`,
    httpMethod: verb,
    path: target,
    query,
    ...(body !== undefined && { body }),
    ...(opts.appAuthToken !== undefined && { appAuthToken: opts.appAuthToken }),
    needEncrypt: opts.needEncrypt === true,
    ...(requestId !== undefined && { requestId }),
    ...(opts.signal !== undefined && { signal: opts.signal }),
    timeout: checkTimeout(opts.timeout, 'options.timeout') ?? config.timeout,
    maxRetries: checkRetries(opts.maxRetries, 'options.maxRetries') ?? 0,
    schema,
  };
}

/**
 * What {@link AlipayClient.request} resolves to: the verified data, the trace id to quote to
 * Alipay support, and the HTTP status.
 *
 * @example
 * ```ts
 * const { data, traceId, status }: RequestResult<{ template_id: string }> = await alipay.request('GET', path, { query });
 * ```
 */
export interface RequestResult<T = unknown> {
  data: T;
  traceId: string;
  status: number;
}

/** A v3 attempt's outcome. */
export type V3Attempt = RequestResult;

/** One attempt: build → sign → send → verify → parse. A fresh nonce, timestamp and request id each time. */
export async function attemptV3(ctx: CallContext, call: V3Call, timeout: number, seen: { traceId?: string } = {}): Promise<V3Attempt> {
  const { config, credentials } = ctx;
  // build
  const sns = await credentials.certificateSns();
  const requestId = call.requestId ?? crypto.randomUUID().replaceAll('-', '');
  const headers: Record<string, string> = { accept: 'application/json', 'alipay-request-id': requestId };
  let wireBody: string | Uint8Array | undefined = call.body;
  let signedBody = call.body;
  if (call.needEncrypt && call.body !== undefined) {
    signedBody = await (await loadAes()).aesEncrypt(call.body, await credentials.aesKey('needEncrypt'), 'utf-8');
    wireBody = signedBody;
    headers['content-type'] = 'text/plain;charset=utf-8';
    headers['alipay-encrypt-type'] = 'AES';
    headers['alipay-encryption-algm'] = 'AES';
  } else if (call.files) {
    // The data part (when there is one) is the signed body line; the files are not signed.
    const multipart = await encodeV3Multipart(call.body, call.files);
    signedBody = call.body;
    wireBody = multipart.body;
    headers['content-type'] = multipart.contentType;
  } else if (call.httpMethod !== 'GET' && call.httpMethod !== 'HEAD') headers['content-type'] = 'application/json';
  if (call.appAuthToken !== undefined) headers['alipay-app-auth-token'] = call.appAuthToken;
  if (sns) headers['alipay-root-cert-sn'] = sns.rootCertSn;
  const request = buildV3Request({
    appId: config.appId,
    httpMethod: call.httpMethod,
    endpoint: config.endpoint,
    path: call.path,
    query: call.query,
    ...(signedBody !== undefined && { body: signedBody }),
    ...(call.appAuthToken !== undefined && { appAuthToken: call.appAuthToken }),
    ...(sns && { appCertSn: sns.appCertSn }),
  });
  // sign: always SHA-256 in v3
  headers.authorization = v3Authorization(request.authString, await signContent(request.signContent, await credentials.signingKey('RSA2')));
  // send
  if (!config.fetch && typeof globalThis.fetch !== 'function') throw configError('No fetch available: pass config.fetch.');
  const reply = await send(
    { url: request.url, method: request.method, headers, ...(wireBody !== undefined && { body: wireBody }) },
    {
      fetch: config.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeout,
      maxResponseBytes: config.maxResponseBytes,
      acceptErrorStatus: true,
      ...(call.signal && { signal: call.signal }),
    },
  );
  const traceId = reply.headers.get('alipay-trace-id') ?? requestId;
  seen.traceId = traceId;
  // verify → parse: with the key of the answer's alipay-sn in certificate mode (downloaded if
  // rotated). What the answer is, data or error, is read from the verified body, never from the
  // (unsigned) status; an unsigned error answer is reported, unverified.
  const { signature, sn } = readV3Signature(reply.headers);
  if (signature === undefined && reply.status >= 400) throw v3ApiError(reply.text, { method: call.label, status: reply.status, traceId, verified: false });
  const key = await credentials.verifyingKey('RSA2', sns ? sn : undefined);
  const encrypted = call.needEncrypt && call.body !== undefined;
  const data = await verifyV3Answer({ status: reply.status, headers: reply.headers, body: reply.text }, key, {
    maxSkewMs: config.clockSkewMs,
    method: call.label,
    traceId,
    ...(encrypted && { decryptKey: await credentials.aesKey(`${call.label}: the answer is AES-encrypted, and reading it`) }),
  });
  return { data, traceId, status: reply.status };
}
