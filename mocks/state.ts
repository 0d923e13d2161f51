// The mock gateway's in-memory state: what Alipay would hold for one app.
import { type MockCard, type MockForm, SAMPLE_AUTH_TOKEN, SAMPLE_CARD, SAMPLE_INFOS, SAMPLE_REQUEST_ID, SAMPLE_TEMPLATE_ID, SAMPLE_USER_ID } from './data.ts';

/**
 * A user access token (`auth_token`) issued by the OAuth exchange, or given to the mock.
 *
 * @example
 * ```ts
 * gateway.authTokens.set('token', { user_id: '2088102150477652', expires_at: Date.now() + 3_600_000 });
 * ```
 */
export interface MockAccessToken {
  user_id: string;
  /** Milliseconds since the epoch; `Infinity` for tokens that do not expire. */
  expires_at: number;
}

/**
 * A single-use, short-lived `auth_code` handed to the merchant on the activation callback.
 *
 * @example
 * ```ts
 * const code: MockAuthCode = { user_id: '2088102150477652', expires_at: Date.now() + 300_000 };
 * ```
 */
export interface MockAuthCode {
  user_id: string;
  expires_at: number;
}

/**
 * A card template, as template.create stored it (plus the form formtemplate.set configured).
 *
 * @example
 * ```ts
 * gateway.state.templates.get(templateId)?.form?.required; // ['OPEN_FORM_FIELD_MOBILE']
 * ```
 */
export interface MockTemplate {
  template_id: string;
  request: Record<string, unknown>;
  /** The activation form: required and optional fields. */
  form?: { required: string[]; optional: string[] };
  notify_url?: string;
}

/**
 * Everything the mock gateway keeps between requests.
 *
 * @example
 * ```ts
 * gateway.state.templates.size; // templates created so far
 * ```
 */
export interface MockState {
  cards: Map<string, MockCard & { template_id?: string; deleted?: boolean }>;
  forms: Map<string, MockForm>;
  authTokens: Map<string, MockAccessToken>;
  authCodes: Map<string, MockAuthCode>;
  refreshTokens: Map<string, MockAccessToken>;
  templates: Map<string, MockTemplate>;
  images: Map<string, { name: string; type: string; bytes: number }>;
  /** Trades by out_trade_no. */
  trades: Map<string, MockTrade>;
  /** Precreated QR codes: code → out_trade_no. */
  qrCodes: Map<string, string>;
  /** A counter for ids the gateway assigns (template ids, card numbers, tokens…). */
  sequence: number;
}

/**
 * A refund of a trade, by its `out_request_no` (the trade's `out_trade_no` when the request had none).
 *
 * @example
 * ```ts
 * gateway.state.trades.get('T1')?.refunds[0]?.refund_amount; // '10.00'
 * ```
 */
export interface MockRefund {
  out_request_no: string;
  refund_amount: string;
  refund_reason?: string;
  /** `yyyy-MM-dd HH:mm:ss`, China time. */
  gmt_refund_pay: string;
}

/**
 * A trade: opened at the mock cashier (page, wap, app payments), by `alipay.trade.create`,
 * `alipay.trade.precreate` or `alipay.trade.pay`.
 *
 * @example
 * ```ts
 * gateway.state.trades.get('20240513000001')?.trade_status; // 'TRADE_SUCCESS'
 * ```
 */
export interface MockTrade {
  out_trade_no: string;
  trade_no: string;
  /** Yuan, two decimals. */
  total_amount: string;
  subject: string;
  /**
   * `WAIT_BUYER_PAY` until paid, `TRADE_SUCCESS` once paid, `TRADE_CLOSED` when it expired or
   * was closed unpaid, or was refunded in full. (`TRADE_FINISHED`, "no longer refundable", needs
   * refund deadlines, which the mock does not model.)
   */
  trade_status: 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'TRADE_FINISHED';
  /** The method that opened it (`alipay.trade.page.pay`, `alipay.trade.create`…). */
  method: string;
  buyer_id?: string;
  buyer_logon_id?: string;
  notify_url?: string;
  return_url?: string;
  passback_params?: string;
  /** `yyyy-MM-dd HH:mm:ss`, China time. */
  gmt_create: string;
  gmt_payment?: string;
  gmt_close?: string;
  /** Epoch milliseconds at which an unpaid trade closes (`timeout_express`, `time_expire`). */
  expires_at: number;
  /** Refunds so far, in order; their sum is `refund_fee`. */
  refunds: MockRefund[];
  /** Yuan refunded so far, two decimals. */
  refund_fee: string;
  /** A precreated QR code: the code, and whether a buyer scanned it (until then the trade does not exist for queries). */
  qr_code?: string;
  scanned?: boolean;
  /** A barcode payment waiting for the buyer: epoch milliseconds at which the buyer confirms (never, when absent). */
  confirms_at?: number;
  /** How the gateway signs this trade's notifications: the sign type and charset of the request that opened it. */
  sign_type: 'RSA' | 'RSA2';
  charset: 'utf-8' | 'GBK';
}

/**
 * Lifetimes the mock gives what it issues (milliseconds).
 *
 * @example
 * ```ts
 * clock = new Date(clock.getTime() + LIFETIMES.authCode + 1); // the auth_code has expired
 * ```
 */
export const LIFETIMES = {
  /** An auth_code: short-lived, single use. */
  authCode: 5 * 60 * 1000,
  accessToken: 60 * 60 * 1000,
  refreshToken: 30 * 24 * 60 * 60 * 1000,
};

/** A new id from the state's counter: digits, `width` long, after `prefix`. */
export function nextId(state: MockState, prefix = '', width = 20): string {
  state.sequence += 1;
  return `${prefix}${String(state.sequence).padStart(width, '0')}`;
}

/** `yyyy-MM-dd HH:mm:ss` in China time, as the gateway writes dates. */
export function chinaTime(date: Date): string {
  const china = new Date(date.getTime() + 8 * 3600_000);
  return china.toISOString().replace('T', ' ').slice(0, 19);
}

/** What the state starts from: the gateway's options, or the documents' samples. */
export interface InitialState {
  cards?: MockCard[];
  forms?: Array<Omit<MockForm, 'expires_at'> & { expires_at?: number }>;
  authTokens?: Record<string, string>;
}

/** A fresh state; forms without an expiry expire `formTtl` after `created`. */
export function createState(initial: InitialState, created: number, formTtl: number): MockState {
  const forms = initial.forms ?? [{ request_id: SAMPLE_REQUEST_ID, template_id: SAMPLE_TEMPLATE_ID, user_id: SAMPLE_USER_ID, infos: SAMPLE_INFOS }];
  return {
    cards: new Map((initial.cards ?? [SAMPLE_CARD]).map((card) => [card.biz_card_no, structuredClone(card)])),
    forms: new Map(forms.map((form) => [form.request_id, { ...structuredClone(form), expires_at: form.expires_at ?? created + formTtl }])),
    authTokens: new Map(Object.entries(initial.authTokens ?? { [SAMPLE_AUTH_TOKEN]: SAMPLE_USER_ID }).map(([token, user_id]) => [token, { user_id, expires_at: Infinity }])),
    authCodes: new Map(),
    refreshTokens: new Map(),
    templates: new Map(),
    images: new Map(),
    trades: new Map(),
    qrCodes: new Map(),
    sequence: 0,
  };
}
