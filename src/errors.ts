/**
 * Every error code the library itself raises. Gateway answers that are not a success are
 * {@link AlipayApiError}s and carry the gateway's own `code` instead.
 *
 * @example
 * ```ts
 * import { AlipayError, type AlipayErrorCode } from 'alipay-edge';
 * function retryable(code: AlipayErrorCode) {
 *   return code === 'ERR_NETWORK' || code === 'ERR_TIMEOUT';
 * }
 * ```
 */
export type AlipayErrorCode =
  /** The client configuration is unusable (missing app id, bad option value…). */
  | 'ERR_CONFIG'
  /** A key could not be read: wrong format, not RSA, corrupt base64 or DER. */
  | 'ERR_KEY_INVALID'
  /** A certificate cannot be read, or does not chain to the root, or is expired (certificate mode). */
  | 'ERR_CERT_INVALID'
  /** An AES-encrypted value cannot be encrypted or decrypted with `encryptKey`. */
  | 'ERR_DECRYPTION_FAILED'
  /** A request parameter cannot be sent as given (for example a non-string value). */
  | 'ERR_REQUEST_INVALID'
  /** `fetch` failed: DNS, connection refused, reset, TLS, or the body could not be read. */
  | 'ERR_NETWORK'
  /** The call took longer than its `timeout`. */
  | 'ERR_TIMEOUT'
  /** The caller's `signal` aborted the call. */
  | 'ERR_ABORTED'
  /** The gateway answered with an HTTP status of 400 or more (v3: a status outside 2xx whose body is no error answer, signed or not). */
  | 'ERR_HTTP_STATUS'
  /** The body is not a well-formed gateway answer (not JSON/XML, no response node, node twice, DOCTYPE…). */
  | 'ERR_RESPONSE_MALFORMED'
  /** The body is larger than `maxResponseBytes`: refused before parsing. */
  | 'ERR_RESPONSE_TOO_LARGE'
  /** A success answer arrived without a `sign`: it is refused, never returned unverified. */
  | 'ERR_SIGNATURE_MISSING'
  /** The `sign` does not match the signed span with the configured Alipay public key. */
  | 'ERR_SIGNATURE_INVALID'
  /** The verified answer does not match the API's schema. */
  | 'ERR_RESPONSE_INVALID';

/**
 * The gateway's own `code` on an error answer: in v2 digits (`'40004'`, `'40002'`, `'20000'`…), or
 * `''` when the answer carried a `sub_code` but no `code`; in v3 a kebab-case name
 * (`'invalid-parameter'`, `'invalid-signature'`…). {@link AlipayApiError} uses it as its `code`.
 *
 * @example
 * ```ts
 * import type { GatewayErrorCode } from 'alipay-edge';
 * const busy: GatewayErrorCode = '20000';
 * ```
 */
export type GatewayErrorCode = `${number}` | '' | (string & {});

/**
 * A v3 error's `links`: a list of `{ link, desc }` (the Node SDK's shape), or a string (the Java
 * SDK's model); both arrive.
 *
 * @example
 * ```ts
 * const links: ApiErrorLinks = [{ link: 'https://open.alipay.com/api/errCheck?traceId=…', desc: '解决方案' }];
 * ```
 */
export type ApiErrorLinks = Array<{ link?: string; desc?: string }> | string;

/**
 * Options accepted by the {@link AlipayError} constructor.
 *
 * @example
 * ```ts
 * new AlipayError('ERR_HTTP_STATUS', 'The gateway answered HTTP 502.', { status: 502 });
 * ```
 */
export interface AlipayErrorOptions {
  /** The underlying error, kept for debugging (never shown in the message). */
  cause?: unknown;
  /** HTTP status, for `ERR_HTTP_STATUS`. */
  status?: number;
  /** Path of the failing field, for `ERR_RESPONSE_INVALID` and `ERR_REQUEST_INVALID` (`card_info.open_date`). */
  path?: string;
  /** `ERR_RESPONSE_INVALID`: the verified answer that failed its schema, as received (never lost). */
  response?: unknown;
  /** The gateway's trace id, when the failure came after an answer. */
  traceId?: string;
}

/**
 * The one error class the library throws. `code` is a string literal from
 * {@link AlipayErrorCode}; messages never contain key material.
 *
 * @example
 * ```ts
 * try {
 *   await alipay.execute('alipay.marketing.card.query', biz);
 * } catch (err) {
 *   if (err instanceof AlipayApiError) console.log(err.subCode);      // gateway said no
 *   else if (err instanceof AlipayError) console.log(err.code);       // 'ERR_TIMEOUT', …
 * }
 * ```
 */
export class AlipayError extends Error {
  /**
   * Which failure this is; stable across versions, safe to switch on. On an {@link AlipayApiError}
   * it is the gateway's numeric code instead.
   */
  readonly code: AlipayErrorCode | GatewayErrorCode;
  /** HTTP status for `ERR_HTTP_STATUS`. */
  readonly status?: number;
  /** Failing field path for `ERR_RESPONSE_INVALID` / `ERR_REQUEST_INVALID`. */
  readonly path?: string;
  /**
   * `ERR_RESPONSE_INVALID`: the verified answer that did not match its schema (a payment's answer
   * that failed validation still says whether money moved). On an {@link AlipayApiError}: the node.
   */
  declare readonly response?: unknown;
  /** The gateway's trace id, for Alipay support tickets (`ERR_RESPONSE_INVALID`, and every AlipayApiError that has one). */
  declare readonly traceId?: string;

  constructor(code: AlipayErrorCode | GatewayErrorCode, message: string, options: AlipayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AlipayError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.path !== undefined) this.path = options.path;
    if (options.response !== undefined) (this as { response?: unknown }).response = options.response;
    if (options.traceId !== undefined) (this as { traceId?: string }).traceId = options.traceId;
  }
}

/**
 * The fields of a gateway error answer, as {@link AlipayApiError} exposes them.
 *
 * @example
 * ```ts
 * new AlipayApiError({ code: '40004', msg: 'Business Failed', subCode: 'CARD_NOT_EXIT', method, verified: true, response: node });
 * ```
 */
export interface AlipayApiErrorInit {
  /** Gateway code: `40004` business failure, `40002` invalid arguments, `20000` service unavailable… */
  code: GatewayErrorCode;
  msg: string;
  subCode?: string;
  subMsg?: string;
  method: string;
  traceId?: string;
  /** Whether the answer's signature was checked and valid. `false` for unsigned error answers. */
  verified: boolean;
  /** The parsed response node, as received. */
  response: Record<string, unknown>;
  /** Extra explanation appended to the message (the invalid-signature diagnosis, the invalid-app-id hint). */
  diagnosis?: string;
  /** v3: the HTTP status of the error answer. */
  status?: number;
  /** v3: where Alipay explains the error. */
  links?: ApiErrorLinks;
  /** `subMsg` as the message shows it, when it must differ (secrets masked). */
  messageSubMsg?: string;
}

/**
 * The gateway answered, and the answer is an error: it has a `sub_code`, or a `code` other than
 * `10000`. Its fields are the gateway's own: `code`, `msg`, `subCode`, `subMsg`. `verified` tells whether the answer was signed and its signature checked
 * (the gateway cannot sign some errors, such as an unknown app id).
 *
 * @example
 * ```ts
 * try {
 *   await alipay.execute('alipay.marketing.card.query', biz);
 * } catch (err) {
 *   if (err instanceof AlipayApiError && err.subCode === 'CARD_NOT_EXIT') {
 *     // the card does not exist: err.verified tells whether Alipay signed this answer
 *   }
 * }
 * ```
 */
export class AlipayApiError extends AlipayError {
  /** The gateway's `code` (`'40004'`, `'40002'`, `'20000'`…; in v3 `'invalid-parameter'`…). */
  declare readonly code: GatewayErrorCode;
  readonly msg: string;
  readonly subCode?: string;
  readonly subMsg?: string;
  /** The API method that was called. */
  readonly method: string;
  /** The gateway's trace id (response header `trace_id`), for Alipay support tickets. */
  declare readonly traceId?: string;
  readonly verified: boolean;
  /** The parsed response node. */
  declare readonly response: Record<string, unknown>;
  /** v3: where Alipay explains the error. */
  readonly links?: ApiErrorLinks;

  constructor(init: AlipayApiErrorInit) {
    const shownSubMsg = init.messageSubMsg ?? init.subMsg;
    const sub = init.subCode ? ` ${init.subCode}${shownSubMsg ? `: ${shownSubMsg}` : ''}` : '';
    const unverified = init.verified ? '' : ' (unsigned answer: not verified)';
    const diagnosis = init.diagnosis ? `\n${init.diagnosis}` : '';
    const status = init.status !== undefined ? ` (HTTP ${init.status})` : '';
    super(init.code, `${init.method} failed: ${init.code || '(no code)'} ${init.msg}${sub}${status}${unverified}${diagnosis}`, init.status !== undefined ? { status: init.status } : {});
    this.name = 'AlipayApiError';
    this.msg = init.msg;
    if (init.subCode !== undefined) this.subCode = init.subCode;
    if (init.subMsg !== undefined) this.subMsg = init.subMsg;
    this.method = init.method;
    if (init.traceId !== undefined) (this as { traceId?: string }).traceId = init.traceId;
    this.verified = init.verified;
    (this as { response: Record<string, unknown> }).response = init.response;
    if (init.links !== undefined) this.links = init.links;
  }
}
