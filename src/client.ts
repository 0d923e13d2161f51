// AlipayClient: the public methods, the retry loop and the hooks. What a call does is in
// client/call.ts; the configuration and its checks in client/options.ts; the keys in
// client/credentials.ts.
import type * as v from 'valibot';
import type { ApiRequest, ApiResult, KnownMethod } from './apis/registry.ts';
import type { SignType } from './crypto/keys.ts';
import type { Charset } from './encoding/charset.ts';
import { AlipayError } from './errors.ts';
import { type NotifyParams, type VerifyNotifyOptions, verifyNotify } from './protocol/notify.ts';
import { type Attempt, type CallContext, type PreparedCall, attempt, downloadCertificate, prepareCall, validate } from './client/call.ts';
import type { BizContent, ExecuteOptions, GenericExecuteOptions, ResponseNode, UnknownMethod } from './client/call-options.ts';
import { createCredentials } from './client/credentials.ts';
import { type AlipayClientConfig, type ResolvedConfig, type ResponseFormat, resolveConfig } from './client/options.ts';
import { backoffDelay, isRetryable, sleep } from './client/retry.ts';

export { DEFAULT_TIMEOUT_MS } from './client/options.ts';
export type { AlipayClientConfig, RequestEvent, ResponseEvent, ResponseFormat } from './client/options.ts';
export type { BizContent, ExecuteOptions, GenericExecuteOptions, ResponseNode, UnknownMethod } from './client/call-options.ts';

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
  readonly #config: ResolvedConfig;
  readonly #context: CallContext;

  /**
   * Checks the configuration and reads the keys and certificates; keys are imported into
   * WebCrypto once, on first use.
   *
   * @throws AlipayError `ERR_CONFIG` for a missing or wrong option, `ERR_KEY_INVALID` for a key
   * that cannot be read, `ERR_CERT_INVALID` for a certificate that cannot be read.
   */
  constructor(config: AlipayClientConfig) {
    const resolved = resolveConfig(config);
    this.#config = resolved;
    const context: CallContext = { config: resolved, credentials: createCredentials(resolved, (sn) => downloadCertificate(context, sn)) };
    this.#context = context;
    this.appId = resolved.appId;
    this.signType = resolved.signType;
    this.gateway = resolved.gateway;
    this.format = resolved.format;
    this.charset = resolved.charset;
  }

  /**
   * Calls a gateway method and returns its verified result.
   *
   * For the methods the library knows (the card queries and the card journey) `bizContent` and the
   * result are typed and the request and result are validated; any other method returns the
   * verified response node, validated by `options.schema` when given.
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
  async execute(method: string, bizContent?: unknown, options?: GenericExecuteOptions): Promise<unknown> {
    const call = await prepareCall(this.#config, method, bizContent, options);
    const { node } = await this.#withRetries(call, (timeout, seen) => attempt(this.#context, call, timeout, seen));
    return validate(call, node);
  }

  /**
   * Runs attempts until one succeeds, the failure is not worth another, or the retries or the
   * call's time are spent. One deadline for every attempt: the timeout bounds the whole call.
   */
  async #withRetries(call: PreparedCall, run: (timeout: number, seen: { traceId?: string }) => Promise<Attempt>): Promise<Attempt> {
    const { onRequest, onResponse, backoff } = this.#config;
    const { method, options, maxRetries } = call;
    const deadline = Date.now() + call.timeout;
    for (let number = 1; ; number++) {
      const started = Date.now();
      onRequest?.({ method, attempt: number, gateway: this.gateway });
      const seen: { traceId?: string } = {};
      try {
        const outcome = await run(Math.max(1, deadline - Date.now()), seen);
        onResponse?.({ method, attempt: number, durationMs: Date.now() - started, ...(outcome.traceId !== undefined && { traceId: outcome.traceId }), willRetry: false });
        return outcome;
      } catch (err) {
        const delay = backoffDelay(number, backoff);
        const willRetry = number <= maxRetries && isRetryable(err) && !options.signal?.aborted && Date.now() + delay < deadline;
        if (err instanceof AlipayError) {
          onResponse?.({ method, attempt: number, durationMs: Date.now() - started, ...(seen.traceId !== undefined && { traceId: seen.traceId }), error: err, willRetry });
        }
        if (!willRetry) throw err;
        await sleep(delay, options.signal);
      }
    }
  }

  /**
   * Verifies a notification (`notify_url` POST body or `return_url` query) with this client's
   * Alipay key (in certificate mode, the key of the notification's `alipay_cert_sn`, or of the
   * configured certificate). Resolves to `false`, never throws, when the signature does not
   * verify or its certificate cannot be had. See {@link verifyNotify}.
   *
   * @example
   * ```ts
   * const ok = await alipay.verifyNotify(await request.text());
   * ```
   */
  async verifyNotify(params: NotifyParams, options?: Omit<VerifyNotifyOptions, 'signType'>): Promise<boolean> {
    const sn = certSnOf(params);
    if (sn === null) return false;
    const { credentials } = this.#context;
    // The configured keys and certificates: a broken configuration is an error, not a false.
    const sns = await credentials.certificateSns();
    let key: CryptoKey;
    try {
      key = await credentials.verifyingKey(this.signType, sn);
    } catch (err) {
      // An SN whose certificate cannot be had and trusted: the notification is not Alipay's.
      if (sns && sn !== undefined && sn !== sns.alipayCertSn && err instanceof AlipayError) return false;
      throw err;
    }
    return verifyNotify(params, key, { ...(options === undefined ? {} : options), signType: this.signType });
  }
}

/** The notification's `alipay_cert_sn`: `undefined` when absent, `null` when it is not one string. */
function certSnOf(params: unknown): string | undefined | null {
  let values: string[];
  if (typeof params === 'string') values = new URLSearchParams(params.replace(/^\?/, '')).getAll('alipay_cert_sn');
  else if (params instanceof URLSearchParams) values = params.getAll('alipay_cert_sn');
  else if (typeof params === 'object' && params !== null) {
    const value = (params as Record<string, unknown>).alipay_cert_sn;
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return null;
    values = [value];
  } else return undefined; // verifyNotify refuses the input itself
  if (values.length > 1) return null;
  return values[0] === '' ? undefined : values[0];
}
