// The mock gateway's asynchronous notifications: signed in the order they happen, POSTed to
// notify_url when the gateway has a fetch to deliver them with, and repeated on the gateway's
// clock (4m, 10m, 10m, 1h, 2h, 6h, 15h: eight attempts, as Alipay documents) until the merchant
// answers `success`. Tests await `settled()` instead of waiting in real time.
import { AlipayError } from '../../src/index.ts';
import { type Charset, type SignType, buildSignContent, encodeForm } from '../../src/protocol.ts';

/**
 * One delivery attempt: when (on the gateway's clock), and the merchant's answer or the failure.
 *
 * @example
 * ```ts
 * gateway.notifications.all[0]?.attempts[0]; // { at: Date, status: 200, text: 'success' }
 * ```
 */
export interface NotificationAttempt {
  at: Date;
  status?: number;
  /** The answer's text (its first 1,000 characters). */
  text?: string;
  /** Why there was no answer (the fetch rejected). */
  error?: string;
}

/**
 * A notification the gateway sent (or holds): what it POSTs to `notify_url`, and how that went.
 *
 * @example
 * ```ts
 * const [paid] = await gateway.notifications.settled();
 * await alipay.verifyNotify(paid!.body); // true
 * paid!.params.trade_status; // 'TRADE_SUCCESS'
 * ```
 */
export interface MockNotification {
  /** `notify_url`. */
  url: string;
  /** The signed parameters (`sign` included). */
  params: Record<string, string>;
  /** The form-encoded body, in the trade's charset, as POSTed. */
  body: string;
  attempts: NotificationAttempt[];
  /** The merchant answered `success`: no more attempts. */
  acknowledged: boolean;
  /** When the gateway tries again, on its clock (unset once acknowledged, after the eighth attempt, or with nothing to deliver with). */
  nextAttemptAt?: Date;
}

/**
 * `gateway.notifications`: every notification, and the promises a test awaits.
 *
 * @example
 * ```ts
 * const gateway = await createMockGateway({ appPublicKey, notifyFetch: (input, init) => worker.fetch(new Request(input, init), env) });
 * // … a payment, a refund, gateway.clock.advance('2h') …
 * const sent = await gateway.notifications.settled();
 * sent.map((n) => n.params.trade_status);
 * ```
 */
export interface MockNotifications {
  /** Every notification, in the order the changes happened. */
  readonly all: readonly MockNotification[];
  /** Resolves once every notification is signed and every delivery in flight has its answer; gives `all`. */
  settled(): Promise<readonly MockNotification[]>;
  /**
   * Delivers every notification not yet acknowledged, now, with `fetch` (default: the one each
   * was sent with, else the gateway's `notifyFetch`); resolves when all have their answer.
   */
  deliver(fetch?: typeof globalThis.fetch): Promise<readonly MockNotification[]>;
}

/** What the outbox needs of the gateway. */
export interface OutboxGateway {
  now(): Date;
  sign(content: string, signType: SignType, charset: Charset): Promise<string>;
  /** The gateway's `notifyFetch`, if any. */
  fetch: typeof globalThis.fetch | undefined;
}

/** The gateway's side of the outbox. */
export interface Outbox extends MockNotifications {
  /**
   * Signs `params` (rule v1: without sign and sign_type) after every notification before it, and
   * delivers it with `deliverWith` (default: the gateway's fetch) unless `deliverWith` is false.
   */
  send(url: string, params: Record<string, string>, how: { signType: SignType; charset: Charset }, deliverWith?: typeof fetch | false): Promise<MockNotification>;
  /** One attempt now with `fetch` (kept for the retries); resolves with the answer. */
  attempt(notification: MockNotification, fetch: typeof globalThis.fetch): Promise<NotificationAttempt>;
  /** Starts the retries that fell due on the clock. */
  tick(): void;
}

const RETRY_AFTER_MS = [4, 10, 10, 60, 120, 360, 900].map((minutes) => minutes * 60_000);
/** A merchant that does not answer within this long (real time) failed this attempt. */
const ANSWER_TIMEOUT_MS = 15_000;
/** How much of an answer is read: `success` is all that matters. */
const MAX_ANSWER_BYTES = 4096;

/** The first bytes of an answer, as text; the rest is not read. */
async function readSome(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_ANSWER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  void reader.cancel().catch(() => {});
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes.subarray(0, MAX_ANSWER_BYTES));
}

/** One POST and its answer, bounded in time and size. */
async function post(fetch: typeof globalThis.fetch, url: string, body: string, charset: Charset): Promise<{ status: number; text: string }> {
  if (!/^https?:\/\//i.test(url)) throw new Error(`notify_url ${JSON.stringify(url)} is not an http(s) URL`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_TIMEOUT_MS / 1000} s`)), ANSWER_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      (async () => {
        const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': `application/x-www-form-urlencoded; charset=${charset}` } });
        return { status: response.status, text: await readSome(response) };
      })(),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The outbox of a gateway.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ now: () => clock.now(), sign, fetch: options.notifyFetch });
 * ```
 */
export function createOutbox(gateway: OutboxGateway): Outbox {
  const all: MockNotification[] = [];
  const fetchOf = new Map<MockNotification, typeof globalThis.fetch>();
  const charsetOf = new Map<MockNotification, Charset>();
  const pending = new Set<Promise<unknown>>();
  let signing: Promise<unknown> = Promise.resolve();
  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise)).catch(() => {});
    return promise;
  };

  async function attempt(notification: MockNotification, fetch: typeof globalThis.fetch): Promise<NotificationAttempt> {
    fetchOf.set(notification, fetch);
    delete notification.nextAttemptAt;
    const at = gateway.now();
    const record: NotificationAttempt = { at };
    try {
      const answer = await post(fetch, notification.url, notification.body, charsetOf.get(notification) ?? 'utf-8');
      record.status = answer.status;
      record.text = answer.text.slice(0, 1000);
    } catch (err) {
      record.error = err instanceof Error ? err.message : String(err);
    }
    notification.attempts.push(record);
    notification.acknowledged ||= record.text?.trim() === 'success';
    const wait = RETRY_AFTER_MS[notification.attempts.length - 1];
    if (!notification.acknowledged && wait !== undefined) notification.nextAttemptAt = new Date(at.getTime() + wait);
    return record;
  }

  async function settled(): Promise<readonly MockNotification[]> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
    return all;
  }

  return {
    all,
    settled,
    async deliver(fetch) {
      await settled();
      const attempts = all.filter((n) => !n.acknowledged).map((n) => {
        const with_ = fetch ?? fetchOf.get(n) ?? gateway.fetch;
        if (!with_) throw new AlipayError('ERR_CONFIG', 'notifications.deliver: nothing to deliver with; pass a fetch, or give the gateway notifyFetch.');
        return () => track(attempt(n, with_));
      });
      await Promise.all(attempts.map((start) => start()));
      return all;
    },
    send(url, params, how, deliverWith) {
      const signed = signing.then(async () => {
        const sign = await gateway.sign(buildSignContent(params, { exclude: ['sign_type'] }), how.signType, how.charset);
        const full = { ...params, sign };
        const notification: MockNotification = { url, params: full, body: encodeForm(full, how.charset), attempts: [], acknowledged: false };
        charsetOf.set(notification, how.charset);
        all.push(notification);
        const with_ = deliverWith === false ? undefined : (deliverWith ?? gateway.fetch);
        if (with_) void track(attempt(notification, with_));
        return notification;
      });
      signing = signed.catch(() => {});
      return track(signed);
    },
    attempt: (notification, fetch) => track(attempt(notification, fetch)),
    tick() {
      const now = gateway.now().getTime();
      for (const notification of all) {
        const fetch = fetchOf.get(notification) ?? gateway.fetch;
        if (notification.nextAttemptAt && notification.nextAttemptAt.getTime() <= now && fetch) void track(attempt(notification, fetch));
      }
    },
  };
}
