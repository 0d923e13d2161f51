// One gateway call, top to bottom: prepare (check and shape, once) → build → sign → send →
// extract → verify → parse → validate. Each step's rules live in their own module; this file only
// chains them. The retry loop and the hooks are the client's (client.ts).
import * as v from 'valibot';
import { type ApiDefinition, type V3Route, type WireRequest, apiDefinition } from '../apis/registry.ts';
import { unknownFields } from '../apis/unknown-fields.ts';
import { isUntyped } from '../apis/untyped.ts';
import { signContent } from '../crypto/sign.ts';
import { loadGbk } from '../encoding/charset.ts';
import { AlipayError } from '../errors.ts';
import { expectRecord, fieldsOf, isInstance, shown, snapshotRecord } from '../guard.ts';
import type { ApiErrorContext } from '../protocol/to-api-error.ts';
import { isErrorNode } from '../protocol/api-error.ts';
import { ERROR_NODE } from '../protocol/json-span.ts';
import { buildRequestParams, encodeRequest } from '../protocol/request.ts';
import { buildSignContent } from '../protocol/sign-content.ts';
import { verifySignedSpan } from '../protocol/verify-response.ts';
import { type Answer, extractAnswer, parseAnswer, parseDecrypted } from './answer.ts';
import type { GenericExecuteOptions } from './call-options.ts';
import type { Credentials } from './credentials.ts';
import { type ResolvedConfig, type ResponseFormat, XML_NEEDED } from './options.ts';
import { checkFormat, checkRetries, checkSchema, checkTimeout, checkToken, configError } from './option-checks.ts';
import { type GatewayReply, send } from './transport.ts';

// AES, gateway errors and the invalid-signature diagnosis load when first needed: a successful
// call needs none of them, and apps that never encrypt do not bundle AES (with code splitting).
const loadAes = () => import('../crypto/aes.ts');

/** The gateway's error answer as an AlipayApiError; isv.invalid-signature gets its diagnosis. */
async function apiError(node: Record<string, unknown>, context: Omit<ApiErrorContext, 'diagnosis'>, signContentSent: string) {
  const diagnosis =
    node.sub_code === 'isv.invalid-signature' && typeof node.sub_msg === 'string' ? (await import('../protocol/diagnose.ts')).diagnoseInvalidSignature(node.sub_msg, signContentSent) : undefined;
  return (await import('../protocol/to-api-error.ts')).toApiError(node, { ...context, ...(diagnosis !== undefined && { diagnosis }) });
}

/** What every call of a client shares. */
export interface CallContext {
  readonly config: ResolvedConfig;
  readonly credentials: Credentials;
}

/** A call, checked and shaped once before its first attempt. */
export interface PreparedCall {
  method: string;
  /** The options, with a request's own top-level fields (auth_token, notify_url…) folded in. */
  options: GenericExecuteOptions;
  /** The checked request (a known method's schema output, or the caller's object). */
  request: unknown;
  /** What v2 sends: biz_content, other parameters, file parts. */
  wire: WireRequest;
  format: ResponseFormat;
  timeout: number;
  maxRetries: number;
  /** Validates the verified node: the API's response schema, or the caller's. */
  schema: v.GenericSchema | undefined;
  /** How the method is called over OpenAPI v3; undefined for a method without a known route. */
  route: V3Route | undefined;
  /** Called as untyped('…'). */
  untyped: boolean;
}

/** The v2 common parameters a request may carry as fields (folded into the call's options). */
const COMMON_FIELDS = ['auth_token', 'app_auth_token', 'notify_url', 'return_url'];

// What only some calls need loads with the first of them: a definition given by the caller (read
// once and checked), a request's own common parameters, a hand-written API's description-only
// fields, and the wording of an unknown field's refusal.
const loadChecks = () => import('./request-checks.ts');

/**
 * What `execute` was given to call: a method name, a definition, or an untyped method (with its
 * v3 route when it has one).
 */
async function resolveTarget(config: ResolvedConfig, target: unknown): Promise<{ method: string; definition?: ApiDefinition; route?: V3Route; untyped: boolean }> {
  if (isUntyped(target)) return { method: target.method, ...(target.v3 && { route: target.v3 }), untyped: true };
  if (typeof target === 'object' && target !== null) return (await loadChecks()).givenDefinition(target);
  if (typeof target !== 'string' || !/^[\w.]+$/.test(target)) {
    throw new AlipayError('ERR_REQUEST_INVALID', `method must be a gateway method name such as 'alipay.marketing.card.query', got ${shown(target)}.`);
  }
  const own = await apiDefinition(target);
  if (own) return { method: target, definition: own, route: own.v3, untyped: false };
  const given = config.apis?.get(target);
  return given ? (await loadChecks()).givenDefinition(given) : { method: target, untyped: false };
}

/** The first issue of a failed validation, as a message and a field path. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): { path: string; message: string } {
  const issue = issues[0]!;
  const path = v.getDotPath(issue) ?? '';
  return { path, message: `${path ? ` at ${path}` : ''}: ${issue.message}` };
}

/**
 * prepare: checks the method (name, definition or untyped) and the options, and a known method's
 * request against its schema, unknown fields included (nothing is signed or sent for a request
 * that would fail), then shapes it for the wire. The definition is looked up here, once per call.
 */
export async function prepareCall(config: ResolvedConfig, target: unknown, bizContent: unknown, options: unknown): Promise<PreparedCall> {
  const { method, definition, route, untyped } = await resolveTarget(config, target);
  // Every option read once; what is checked here is what the attempts use.
  const opts = fieldsOf(options as GenericExecuteOptions | undefined, EXECUTE_OPTIONS, 'options') as GenericExecuteOptions;
  const format = checkFormat(opts.format, 'options.format') ?? config.format;
  if (format === 'xml' && !config.xml) throw configError(XML_NEEDED);
  const timeout = checkTimeout(opts.timeout, 'options.timeout') ?? config.timeout;
  checkToken(opts.authToken, 'authToken');
  checkToken(opts.appAuthToken, 'appAuthToken');
  if (opts.params !== undefined) opts.params = { ...snapshotRecord(opts.params, 'options.params') } as Record<string, string | undefined>;
  if (opts.signal !== undefined && !isInstance(opts.signal, AbortSignal)) throw configError('options.signal must be an AbortSignal.');
  if (opts.allowUnknownFields !== undefined && typeof opts.allowUnknownFields !== 'boolean') throw configError('options.allowUnknownFields must be true or false.');
  const request = definition ? await checkRequest(method, definition, bizContent, opts.allowUnknownFields === true) : jsonCopy(bizContent);
  const wire = definition ? definition.shape(request) : { bizContent: request };
  const { params } = wire;
  if (params && COMMON_FIELDS.some((field) => Object.hasOwn(params, field))) (await loadChecks()).foldCommonFields(method, wire, opts);
  const maxRetries = checkRetries(opts.maxRetries, 'options.maxRetries') ?? (definition?.retried ? config.maxRetries : 0);
  const schema = definition?.response ?? checkSchema(opts.schema);
  return { method, options: opts, request, wire, format, timeout, maxRetries, schema, route, untyped };
}

/** The options `execute` reads. */
const EXECUTE_OPTIONS = ['authToken', 'appAuthToken', 'notifyUrl', 'returnUrl', 'signal', 'timeout', 'params', 'format', 'needEncrypt', 'maxRetries', 'schema', 'allowUnknownFields'] as const satisfies ReadonlyArray<keyof GenericExecuteOptions>;

/**
 * An unknown method's bizContent, read once: an object is copied through its JSON (what is sent
 * anyway), so every attempt signs and sends the same fields. Anything else is checked later.
 */
function jsonCopy(bizContent: unknown): unknown {
  if (typeof bizContent !== 'object' || bizContent === null) return bizContent;
  let json: string | undefined;
  try {
    json = JSON.stringify(bizContent);
  } catch (cause) {
    throw new AlipayError('ERR_REQUEST_INVALID', 'bizContent cannot be serialised as JSON (a cycle, a BigInt, or a getter that throws?).', { cause, path: 'biz_content' });
  }
  return json === undefined ? bizContent : JSON.parse(json);
}

/** A valibot run, where a getter or proxy in the input (or the caller's own schema) may throw. */
function safeParse(schema: v.GenericSchema, input: unknown, code: 'ERR_REQUEST_INVALID' | 'ERR_RESPONSE_INVALID', what: string) {
  try {
    return v.safeParse(schema, input);
  } catch (cause) {
    throw new AlipayError(code, `${what} cannot be checked: reading it (or the schema) threw.`, { cause });
  }
}

/** The request checked before anything is signed: no unknown field, then its schema. */
async function checkRequest(method: string, definition: ApiDefinition, bizContent: unknown, allowUnknownFields: boolean): Promise<unknown> {
  const { request, described } = definition;
  // A field the API's schema does not know: refused, unless Alipay's description of the same
  // operation (a hand-written API's twin) has it.
  let unknown: unknown[];
  try {
    unknown = unknownFields([request], bizContent);
  } catch (cause) {
    throw new AlipayError('ERR_REQUEST_INVALID', `${method}: the request cannot be read (a getter or proxy of it threw).`, { cause });
  }
  if (unknown.length > 0) await (await loadChecks()).checkUnknownFields(method, request, described, bizContent, allowUnknownFields);
  const result = safeParse(request, bizContent, 'ERR_REQUEST_INVALID', `${method}: the request`);
  if (!result.success) throw invalidRequest(method, result.issues);
  return result.output;
}

/** ERR_REQUEST_INVALID for a request that fails its schema: nothing was sent. */
export function invalidRequest(method: string, issues: readonly v.BaseIssue<unknown>[]): AlipayError {
  const { path, message } = describeIssue(issues);
  return new AlipayError('ERR_REQUEST_INVALID', `${method}: the request is invalid${message}. Nothing was sent.`, { path });
}

/** An attempt's outcome: the verified node and the gateway's trace id. */
export interface Attempt {
  node: Record<string, unknown>;
  traceId?: string;
}

/** One attempt: build → sign → send → extract → verify → parse. A fresh timestamp each time. */
export async function attempt(ctx: CallContext, call: PreparedCall, timeout: number, seen: { traceId?: string } = {}): Promise<Attempt> {
  const { reply, signContentSent } = await exchange(ctx, call, timeout);
  if (reply.traceId !== undefined) seen.traceId = reply.traceId;
  // extract
  const answer = extractAnswer(reply.text, call.method, call.format, ctx.config.xml);
  // verify, parse
  const node = await verifiedNode(ctx, answer, call.method, reply.traceId, signContentSent);
  return reply.traceId === undefined ? { node } : { node, traceId: reply.traceId };
}

/** build → sign → send: the raw reply, and the sign content that was signed. */
export async function exchange(ctx: CallContext, call: PreparedCall, timeout: number): Promise<{ reply: GatewayReply; signContentSent: string }> {
  const { config, credentials } = ctx;
  const { method, options, wire } = call;
  // build
  if (config.charset === 'GBK') await loadGbk(); // GBK form encoding needs the encoder
  const sns = await credentials.certificateSns();
  let bizContent = wire.bizContent;
  if (options.needEncrypt) {
    if (typeof bizContent !== 'object' || bizContent === null) throw new AlipayError('ERR_REQUEST_INVALID', 'bizContent must be an object to be encrypted.', { path: 'biz_content' });
    // The ciphertext is what is sent and signed.
    bizContent = await (await loadAes()).aesEncrypt(JSON.stringify(bizContent), await credentials.aesKey('needEncrypt'), config.charset);
  }
  const params = buildRequestParams({
    appId: config.appId,
    method,
    signType: config.signType,
    format: call.format === 'xml' ? 'XML' : 'JSON',
    charset: config.charset,
    bizContent,
    authToken: options.authToken,
    appAuthToken: options.appAuthToken,
    notifyUrl: options.notifyUrl,
    returnUrl: options.returnUrl,
    params: { ...options.params, ...wire.params },
    ...(sns && { appCertSn: sns.appCertSn, alipayRootCertSn: sns.rootCertSn }),
    ...(options.needEncrypt && { encryptType: 'AES' as const }),
  });
  // sign
  const signContentSent = buildSignContent(params);
  params.sign = await signContent(signContentSent, await credentials.signingKey(config.signType), config.charset);
  // send
  if (!config.fetch && typeof globalThis.fetch !== 'function') throw configError('No fetch available: pass config.fetch.');
  const reply = await send(encodeRequest(config.gateway, params, config.charset, wire.files && { files: wire.files }), {
    // The global fetch is looked up at call time (tests and polyfills may replace it).
    fetch: config.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeout,
    maxResponseBytes: config.maxResponseBytes,
    charset: config.charset,
    ...(options.signal && { signal: options.signal }),
  });
  return { reply, signContentSent };
}

/** verify → parse: the node read from exactly the text that verified (decrypted if AES). */
async function verifiedNode(ctx: CallContext, answer: Answer, method: string, traceId: string | undefined, signContentSent: string): Promise<Record<string, unknown>> {
  const { config, credentials } = ctx;
  const { span } = answer;
  const context = { method, ...(traceId !== undefined && { traceId }) };
  if (span.sign === undefined) {
    // The gateway cannot sign some errors (unknown app id): report them, unverified. A success
    // without a signature is never returned.
    const node = span.kind === 'object' ? parseAnswer(answer, span.content) : undefined;
    if (typeof node === 'object' && isErrorNode(node)) throw await apiError(node, { ...context, verified: false }, signContentSent);
    throw new AlipayError('ERR_SIGNATURE_MISSING', `${method}: the answer has no sign; unsigned data is never returned.`);
  }
  const sns = await credentials.certificateSns();
  const key = await credentials.verifyingKey(config.signType, span.certSn);
  const verified = await verifySignedSpan(span, key, config.charset);
  if (verified === undefined) {
    throw new AlipayError('ERR_SIGNATURE_INVALID', `${method}: the answer's signature does not verify with ${credentials.describeKey(span.certSn, sns)} (forged, altered, or the wrong Alipay key configured).`);
  }
  let node = parseAnswer(answer, verified);
  if (typeof node === 'string') {
    // An AES-encrypted answer: verified as received (ciphertext, quotes included), then decrypted.
    const key = await credentials.aesKey(`${method}: the answer is AES-encrypted, and reading it`);
    node = parseDecrypted(answer, await (await loadAes()).aesDecrypt(node, key, config.charset));
  }
  if (isErrorNode(node)) throw await apiError(node, { ...context, verified: true }, signContentSent);
  if (span.node === ERROR_NODE) {
    throw new AlipayError('ERR_RESPONSE_MALFORMED', `${method}: "error_response" carries no error; it is not taken as a success.`);
  }
  if (sns && span.certSn === undefined) {
    throw new AlipayError('ERR_CERT_INVALID', `${method}: certificate mode, and the answer carries no alipay_cert_sn: refused.`);
  }
  return node;
}

/**
 * validate: the verified node against the API's (or the caller's) schema. A node that fails is
 * never lost: the error carries it (`response`) and the trace id, since a payment's answer that
 * does not match still says whether money moved.
 */
export function validate(call: Pick<PreparedCall, 'method' | 'schema'>, node: Record<string, unknown>, traceId?: string): unknown {
  if (!call.schema) return node;
  const result = safeParse(call.schema, node, 'ERR_RESPONSE_INVALID', `${call.method}: the verified answer`);
  if (!result.success) {
    const { path, message } = describeIssue(result.issues);
    throw new AlipayError('ERR_RESPONSE_INVALID', `${call.method}: the verified answer does not match its schema${message}${traceId ? ` (trace id ${traceId})` : ''}. The verified answer is in error.response.`, {
      path,
      response: node,
      ...(traceId !== undefined && { traceId }),
    });
  }
  return result.output;
}
