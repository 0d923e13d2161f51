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
  /** Trades by out_trade_no (the mock cashier). */
  trades: Map<string, MockTrade>;
  /** A counter for ids the gateway assigns (template ids, card numbers, tokens…). */
  sequence: number;
}

/**
 * A trade made through the mock cashier (page, wap or app payment).
 *
 * @example
 * ```ts
 * gateway.state.trades.get('20240513000001')?.trade_status; // 'TRADE_SUCCESS'
 * ```
 */
export interface MockTrade {
  out_trade_no: string;
  trade_no: string;
  total_amount: string;
  subject: string;
  /** `WAIT_BUYER_PAY` once the cashier was opened, `TRADE_SUCCESS` once paid. */
  trade_status: 'WAIT_BUYER_PAY' | 'TRADE_SUCCESS';
  /** The payment method the merchant signed (`alipay.trade.page.pay`…). */
  method: string;
  buyer_id?: string;
  buyer_logon_id?: string;
  notify_url?: string;
  return_url?: string;
  /** `yyyy-MM-dd HH:mm:ss`, China time. */
  gmt_create: string;
  gmt_payment?: string;
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
    sequence: 0,
  };
}
