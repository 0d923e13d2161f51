// AlipayClient: the public methods, the retry loop and the hooks. What a call does is in
// client/call.ts; the configuration and its checks in client/options.ts; the keys in
// client/credentials.ts.
import type * as v from 'valibot';
import type { ApiRequest, ApiResult, KnownMethod } from './apis/registry.ts';
import type { ApiDefinition, RequestOfApi, ResultOfApi } from './apis/definition.ts';
import type { UntypedApi } from './apis/untyped.ts';
import type { SignType } from './crypto/keys.ts';
import type { Charset } from './encoding/charset.ts';
import type { NotifyParams, VerifyNotifyOptions } from './protocol/notify.ts';
import { type CallContext, attempt, prepareCall, validate } from './client/call.ts';
import type { BizContent, ExecuteOptions, GenericExecuteOptions, ResponseNode } from './client/call-options.ts';
import { createCredentials, withDeadline } from './client/credentials.ts';
import { type AlipayClientConfig, type ResolvedConfig, type ResponseFormat, resolveConfig } from './client/options.ts';
import { withRetries } from './client/retry.ts';
import type { RequestOptions, RequestResult } from './client/call-v3.ts';
import type { PageExecuteOptions, SdkExecuteOptions } from './client/page.ts';
import type { PageMethod, PayRequest, SdkMethod } from './apis/trade-pay.ts';

// OpenAPI v3 and the browser and app payments load on first use: apps that do not use them do not
// bundle them (with code splitting). The promise is kept: an import() per call is not free (module
// resolution, and loader hooks where a tool installs them).
let v3Module: Promise<typeof import('./client/call-v3.ts')> | undefined;
let pageModule: Promise<typeof import('./client/page.ts')> | undefined;
const loadV3 = () => (v3Module ??= import('./client/call-v3.ts'));
const loadPage = () => (pageModule ??= import('./client/page.ts'));

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
  /** `v2` (gateway.do) or `v3` (OpenAPI v3): what `execute` speaks. */
  readonly protocol: 'v2' | 'v3';
  /** The OpenAPI v3 endpoint `request` (and `execute` in v3 mode) calls. */
  readonly endpoint: string;
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
    const context: CallContext = { config: resolved, credentials: createCredentials(resolved, async (sn, deadline) => (await import('./client/download.ts')).downloadCertificate(context, sn, deadline)) };
    this.#context = context;
    this.appId = resolved.appId;
    this.signType = resolved.signType;
    this.gateway = resolved.gateway;
    this.format = resolved.format;
    this.charset = resolved.charset;
    this.protocol = resolved.protocol;
    this.endpoint = resolved.endpoint;
  }

  /**
   * The context of one attempt of `timeout` ms: a certificate download it needs (Alipay rotated
   * its certificate) is held to the same deadline, network and signature checks alike.
   */
  #within(timeout: number): CallContext {
    return { config: this.#config, credentials: withDeadline(this.#context.credentials, Date.now() + timeout) };
  }

  /**
   * Calls a gateway method and returns its verified result.
   *
   * `method` is a definition from `alipay-edge/apis` (`alipayTradeQuery`), or a method name. Every
   * operation of Alipay's v3 description is typed, by definition and by name; by name it is
   * validated and routed when the client knows its definition (the hand-written ones always, the
   * others through the `apis` option). Before anything is signed, the request is checked against
   * its schema, and a field the schema does not know is refused with the nearest known name
   * (`allowUnknownFields` sends it). A method outside the catalogue is called as
   * `untyped('…')` and returns the verified response node (validated by `options.schema` when given).
   *
   * @throws AlipayApiError when the gateway answers with an error (`code`, `subCode`…).
   * @throws AlipayError `ERR_SIGNATURE_INVALID`, `ERR_SIGNATURE_MISSING`, `ERR_RESPONSE_MALFORMED`,
   * `ERR_RESPONSE_INVALID` (with the verified answer as `response`), `ERR_RESPONSE_TOO_LARGE`,
   * `ERR_HTTP_STATUS`, `ERR_NETWORK`, `ERR_TIMEOUT`, `ERR_ABORTED`, `ERR_REQUEST_INVALID`,
   * `ERR_CERT_INVALID`, `ERR_DECRYPTION_FAILED`.
   * @example
   * ```ts
   * import { alipayTradeQuery } from 'alipay-edge/apis';
   *
   * const trade = await alipay.execute(alipayTradeQuery, { out_trade_no: '20150320010101001' });
   * const form = await alipay.execute(
   *   'alipay.marketing.card.activateform.query',
   *   { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017021929993993992839493394' },
   *   { authToken: userAccessToken },
   * );
   * form.fields.OPEN_FORM_FIELD_MOBILE;
   * ```
   */
  execute<M extends string, S extends v.GenericSchema>(method: UntypedApi<M>, bizContent: BizContent | undefined, options: GenericExecuteOptions<S> & { schema: S }): Promise<v.InferOutput<S>>;
  // One signature for the typed forms, last: a mistake is reported against the request's own type, by field.
  execute<M extends Executable>(method: M, ...args: ExecuteArgs<M>): Promise<ExecuteResult<M>>;
  async execute(method: unknown, bizContent?: unknown, options?: GenericExecuteOptions): Promise<unknown> {
    const call = await prepareCall(this.#config, method, bizContent, options);
    if (this.protocol === 'v3') {
      const v3 = await loadV3();
      const v3Call = v3.v3CallOf(call);
      const { data, traceId } = await withRetries(this.#config, { ...v3Call, target: this.endpoint }, (timeout, seen) => v3.attemptV3(this.#within(timeout), v3Call, timeout, seen));
      return validate(call, data as Record<string, unknown>, traceId);
    }
    const retried = { label: call.method, signal: call.options.signal, maxRetries: call.maxRetries, timeout: call.timeout, target: this.gateway };
    const { node, traceId } = await withRetries(this.#config, retried, (timeout, seen) => attempt(this.#within(timeout), call, timeout, seen));
    return validate(call, node, traceId);
  }

  /**
   * Calls any OpenAPI v3 path, signed (`authorization` header) and verified (the answer's
   * `alipay-signature` over its timestamp, nonce and body, within the clock-skew window). `data`
   * is the verified JSON body, validated by `options.schema` when given.
   *
   * @throws AlipayApiError when the gateway answers an error (`code`, `message`, `links`, `status`).
   * @throws AlipayError `ERR_SIGNATURE_MISSING`, `ERR_SIGNATURE_INVALID`, `ERR_RESPONSE_MALFORMED`,
   * `ERR_RESPONSE_INVALID`, `ERR_HTTP_STATUS`, `ERR_NETWORK`, `ERR_TIMEOUT`, `ERR_ABORTED`…
   * @example
   * ```ts
   * const { data, traceId } = await alipay.request('GET', '/v3/alipay/marketing/card/template/query', {
   *   query: { template_id: '20160718000000001' },
   * });
   * ```
   */
  request<S extends v.GenericSchema>(httpMethod: string, path: string, options: RequestOptions<S> & { schema: S }): Promise<RequestResult<v.InferOutput<S>>>;
  request(httpMethod: string, path: string, options?: RequestOptions): Promise<RequestResult>;
  async request(httpMethod: string, path: string, options?: RequestOptions): Promise<RequestResult> {
    const v3 = await loadV3();
    const call = v3.v3CallFromRequest(this.#config, httpMethod, path, options);
    const { data, traceId, status } = await withRetries(this.#config, { ...call, target: this.endpoint }, (timeout, seen) => v3.attemptV3(this.#within(timeout), call, timeout, seen));
    return { data: validate({ method: call.label, schema: call.schema }, data as Record<string, unknown>, traceId), traceId, status };
  }

  /**
   * Signs a payment the user's browser carries to the gateway (`alipay.trade.page.pay`,
   * `alipay.trade.wap.pay`): the gateway URL to redirect to (`httpMethod: 'GET'`) or a
   * self-submitting HTML form (`'POST'`, the default) whose escaping makes the browser submit
   * exactly what was signed. Nothing is sent from the server.
   *
   * @throws AlipayError `ERR_REQUEST_INVALID` (nothing signed) for a missing field, an amount
   * that is not yuan with two decimals at most, a non-string parameter, or a line break in a form field.
   * @example
   * ```ts
   * const form = await alipay.pageExecute('alipay.trade.page.pay', {
   *   out_trade_no: '20240513000001', total_amount: '88.88', subject: '会员卡', product_code: 'FAST_INSTANT_TRADE_PAY',
   * }, { returnUrl: 'https://shop.example.com/paid', notifyUrl: 'https://shop.example.com/alipay/notify' });
   * return new Response(form, { headers: { 'content-type': 'text/html; charset=utf-8' } });
   * ```
   */
  pageExecute<M extends PageMethod>(method: M, bizContent: PayRequest<M>, options?: PageExecuteOptions): Promise<string>;
  pageExecute<M extends string>(method: M & Exclude<M, PageMethod | SdkMethod>, bizContent?: BizContent, options?: PageExecuteOptions): Promise<string>;
  async pageExecute(method: string, bizContent?: unknown, options?: PageExecuteOptions): Promise<string> {
    return (await loadPage()).pageExecute(this.#context, method, bizContent, options);
  }

  /**
   * Signs the order string the Alipay app SDK takes (`alipay.trade.app.pay`): hand it to the app
   * unchanged. Nothing is sent from the server.
   *
   * @throws AlipayError `ERR_REQUEST_INVALID` (nothing signed), as for {@link AlipayClient.pageExecute}.
   * @example
   * ```ts
   * const orderString = await alipay.sdkExecute('alipay.trade.app.pay', { out_trade_no: 'A1', total_amount: '9.00', subject: '会员卡' }, { notifyUrl });
   * ```
   */
  sdkExecute<M extends SdkMethod>(method: M, bizContent: PayRequest<M>, options?: SdkExecuteOptions): Promise<string>;
  sdkExecute<M extends string>(method: M & Exclude<M, PageMethod | SdkMethod>, bizContent?: BizContent, options?: SdkExecuteOptions): Promise<string>;
  async sdkExecute(method: string, bizContent?: unknown, options?: SdkExecuteOptions): Promise<string> {
    return (await loadPage()).sdkExecute(this.#context, method, bizContent, options);
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
    // Loaded on first use: an app that only calls the gateway does not bundle it.
    return (await import('./client/notify.ts')).verifyClientNotify(this.#context.credentials, this.signType, params, options);
  }

}

/**
 * What `execute` takes as its method: a known method's name, a definition, or an untyped method.
 *
 * @example
 * ```ts
 * const method: Executable = 'alipay.trade.query';
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: a definition of any request and result type
export type Executable = KnownMethod | ApiDefinition<string, any, any, string> | UntypedApi;

/**
 * `execute`'s arguments after the method for a request type `Q`: `[request, options?]`, the
 * request optional when `Q` has no required field.
 *
 * @example
 * ```ts
 * const args: RequestArgs<{ out_trade_no?: string }> = [];
 * ```
 */
export type RequestArgs<Q> = {} extends Q ? [bizContent?: Q, options?: ExecuteOptions] : [bizContent: Q, options?: ExecuteOptions];

/**
 * `execute`'s arguments after the method: the typed request and the options of a known method or
 * a definition; any object and the generic options (with a `schema`) for an untyped method.
 *
 * @example
 * ```ts
 * const args: ExecuteArgs<'alipay.trade.query'> = [{ out_trade_no: '20150320010101001' }];
 * ```
 */
export type ExecuteArgs<M> = M extends KnownMethod
  ? RequestArgs<ApiRequest<M>>
  : M extends UntypedApi
    ? [bizContent?: BizContent, options?: GenericExecuteOptions]
    : M extends ApiDefinition
      ? RequestArgs<RequestOfApi<M>>
      : never;

/**
 * What `execute` resolves to: the typed result of a known method or a definition, the verified
 * response node of an untyped method.
 *
 * @example
 * ```ts
 * function status(trade: ExecuteResult<'alipay.trade.query'>) { return trade.trade_status; }
 * ```
 */
export type ExecuteResult<M> = M extends KnownMethod ? ApiResult<M> : M extends UntypedApi ? ResponseNode : M extends ApiDefinition ? ResultOfApi<M> : never;
