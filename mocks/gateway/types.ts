// The mock gateway's options and its public shape.
import type { Charset, SignType } from '../../src/protocol.ts';
import type { MockCard, MockForm } from '../data.ts';
import type { PemKeyPair } from '../keys.ts';
import type { FormSubmission } from '../handlers/journey.ts';
import type { MockAccessToken, MockState } from '../state.ts';
import type { FaultRule } from './faults.ts';
import type { MockBuyer, PayOptions, PaymentResult } from './cashier.ts';
import type { MockClock } from './clock.ts';
import type { MockNotifications } from './notifications.ts';

/**
 * Certificate mode of the mock gateway.
 *
 * @example
 * ```ts
 * await createMockGateway({ appPublicKey, alipayKeys, certificates: { alipayCert: await pki.issueAlipayCert(alipayKeys), rootCertSn: pki.rootCertSn } });
 * ```
 */
export interface MockCertificates {
  /** Alipay's public key certificate (PEM, leaf first) for `alipayKeys`: its SN goes on every answer. */
  alipayCert: string;
  /** The app certificate SN requests must carry (`app_cert_sn`); not checked when absent. */
  appCertSn?: string;
  /** The root certificate SN requests must carry (`alipay_root_cert_sn`); not checked when absent. */
  rootCertSn?: string;
}

/**
 * Options of {@link createMockGateway}.
 *
 * @example
 * ```ts
 * const options: MockGatewayOptions = { appPublicKey, seed: 42, faults: [{ fault: { kind: 'latency', ms: 200 } }] };
 * ```
 */
export interface MockGatewayOptions {
  /** The app id the gateway accepts (default `2014072300007148`, the documents' sample). */
  appId?: string;
  /** The app's public key (SPKI PEM or base64), to verify request signatures. */
  appPublicKey: string;
  /** Alipay-side key pair that signs answers; generated when absent. */
  alipayKeys?: PemKeyPair;
  /** Certificate mode: answers carry `alipay_cert_sn`, and `alipay.open.app.alipaycert.download` serves the certificate. */
  certificates?: MockCertificates;
  /** The app's AES key (base64): `encrypt_type=AES` requests are decrypted and their answers encrypted. */
  encryptKey?: string;
  /** Cards the gateway holds (default: the card of the query document's sample). */
  cards?: MockCard[];
  /** Activation forms by request id (default: the form of the activation-form document's sample). */
  forms?: Array<Omit<MockForm, 'expires_at'> & { expires_at?: number }>;
  /** Valid user access tokens and their user ids, never expiring (default: the sample token of the documents). */
  authTokens?: Record<string, string>;
  /** How long a request id from the activation callback stays usable (default 30 minutes). */
  formTtlMs?: number;
  /**
   * What the gateway's clock follows (default: the real clock) until a test sets or advances
   * `gateway.clock`; it drives every expiry. v3's signed timestamps are checked against this one.
   */
  now?: () => Date;
  /**
   * How the gateway POSTs its asynchronous notifications to `notify_url` (payments, closes,
   * refunds), retrying on its clock until the answer is `success`. Default: none (notifications
   * are kept in `gateway.notifications`, for the test to deliver or read); the HTTP server
   * defaults to the global fetch. `false`: none.
   */
  notifyFetch?: typeof fetch | false;
  /** Faults to inject (see {@link FaultRule}); more can be pushed to `gateway.faults` later. */
  faults?: FaultRule[];
  /** Seed of the generator that decides probabilistic faults (default 1). */
  seed?: number;
}

/**
 * A request as the mock gateway saw it (for tests that check what was, or was not, sent).
 *
 * @example
 * ```ts
 * expect(gateway.requests.map((r: ReceivedRequest) => r.method)).toEqual(['alipay.marketing.card.query']);
 * ```
 */
export interface ReceivedRequest {
  method: string | undefined;
  /** v2: every parameter; v3: the query parameters. */
  params: Record<string, string>;
  /** `v3` for an OpenAPI v3 request. */
  protocol?: 'v3';
}

/**
 * The mock gateway: state, keys, and a `handle(request)` that answers like Alipay.
 *
 * @example
 * ```ts
 * const core = await createGatewayCore({ appPublicKey });
 * const response = await core.handle(request);
 * ```
 */
export interface MockGatewayCore {
  readonly appId: string;
  /** Alipay-side public key (SPKI PEM) currently signing: give it to the client as `alipayPublicKey`. */
  readonly alipayPublicKey: string;
  /** Certificate mode: Alipay certificates by SN, downloadable through the gateway. */
  readonly alipayCerts: Map<string, string>;
  readonly cards: MockState['cards'];
  readonly forms: Map<string, MockForm>;
  /** User access tokens: the given ones and those the OAuth exchange issued. */
  readonly authTokens: Map<string, MockAccessToken>;
  /** Everything else the gateway holds: templates, auth codes, refresh tokens, images. */
  readonly state: MockState;
  /** The gateway's clock: set it to an instant or advance it; trades expire and notifications are retried on it. */
  readonly clock: MockClock;
  /** Every asynchronous notification, and `settled()` to await their delivery. */
  readonly notifications: MockNotifications;
  /** Every request received, in order. */
  readonly requests: ReceivedRequest[];
  /** Fault rules in force: push, splice or clear them at any time. */
  readonly faults: FaultRule[];
  /** Signs a text with the current Alipay-side key, as the gateway signs its answers. */
  sign(content: string, signType?: SignType, charset?: Charset): Promise<string>;
  /**
   * Switches to a new Alipay key pair (certificate mode: with its certificate), as Alipay does when
   * it rotates its certificate. Old certificates stay downloadable.
   */
  rotate(keys: PemKeyPair, alipayCert?: string): void;
  /**
   * Plays the user: opens an activation link (`apply_card_url`, decoded), submits the form, and
   * returns the callback URL Alipay redirects the browser to (with `auth_code` and `request_id`).
   */
  submitActivationForm(applyCardUrl: string, submission: FormSubmission): string;
  /**
   * Plays the buyer paying, from exactly what the buyer's browser or app carries: what
   * `pageExecute` (URL or form) or `sdkExecute` (order string) returned, whatever gateway URL it
   * names; the `qr_code` of `alipay.trade.precreate`; or the `trade_no` of `alipay.trade.create`
   * (what a mini-program's `my.tradePay` carries). Anything altered after signing, or a trade that
   * is closed or paid, is refused (an AlipayApiError, as the cashier's error page says). Returns
   * the trade, the signed return_url redirect (page and wap payments) and the signed notification;
   * with `deliver`, POSTs the notification to notify_url and reports the answer.
   */
  pay(carried: string, buyer: MockBuyer, options?: PayOptions): Promise<PaymentResult>;
  /** Answers one gateway request. */
  handle(request: Request): Promise<Response>;
}
