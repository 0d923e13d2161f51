// The mock gateway's in-memory state: what Alipay would hold for one app.
import type { MockCard, MockForm } from './data.ts';

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
  /** A counter for ids the gateway assigns (template ids, card numbers, tokens…). */
  sequence: number;
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
