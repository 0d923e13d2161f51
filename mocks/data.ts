// The mock gateway's default state, taken from the samples of the two API documents (the same
// samples are test data in test/fixtures/card-query/ and test/fixtures/activateform-query/).

/**
 * A membership card held by the mock gateway (the `card_info` of the card query, plus owner).
 *
 * @example
 * ```ts
 * await createMockGateway({ appPublicKey, cards: [{ biz_card_no: '42', open_date: '2024-01-01 00:00:00', valid_date: '2034-01-01 00:00:00', user_id: '2088102150477652' }] });
 * ```
 */
export interface MockCard {
  biz_card_no: string;
  external_card_no?: string;
  open_date: string;
  valid_date: string;
  level?: string;
  point?: string;
  balance?: string;
  template_id?: string;
  mdcode_info?: { code_status: string; code_value?: string; expire_time?: string; time_stamp: number };
  front_text_list?: Array<{ label?: string; value?: string }>;
  front_image_id?: string;
  /** The holder's Alipay user id (2088…). */
  user_id?: string;
  /** Top-level fields of the card query answer. */
  schema_url?: string;
  pass_id?: string;
}

/**
 * What a user filled in when applying for a card, as the activation-form query reads it.
 *
 * @example
 * ```ts
 * await createMockGateway({ appPublicKey, forms: [{ request_id: 'r1', template_id: 't1', user_id: '2088102150477652', infos: [{ OPEN_FORM_FIELD_NAME: 'Tom' }] }] });
 * ```
 */
export interface MockForm {
  request_id: string;
  template_id: string;
  /** The user who filled it in; the query's `auth_token` must belong to this user. */
  user_id: string;
  /** The entries of `infos`, e.g. `[{ OPEN_FORM_FIELD_NAME: 'Tom' }]`. */
  infos: Array<Record<string, string>>;
  /** Milliseconds since the epoch after which the request id is expired (`REQUEST_ID_EXPIRE`). */
  expires_at: number;
  /** The user's profile cannot be read right now: the query answers `OPEN_PROFILE_QUERY_FAIL`. */
  profile_unavailable?: boolean;
}

/**
 * The card of the query API's response sample.
 *
 * @example
 * ```ts
 * await createMockGateway({ appPublicKey, cards: [{ ...SAMPLE_CARD, balance: '0.01' }] });
 * ```
 */
export const SAMPLE_CARD: MockCard = {
  biz_card_no: '000001',
  external_card_no: 'EXT0001',
  open_date: '2014-02-20 21:20:46',
  valid_date: '2020-02-20 21:20:46',
  level: 'VIP1',
  point: '88',
  balance: '124.89',
  template_id: '20170308000000000058101000300045',
  mdcode_info: { code_status: 'SUCCESS', code_value: '1KFCDY0002', expire_time: '2017-06-09 16:25:53', time_stamp: 1496996459 },
  front_text_list: [{ label: 'Major', value: 'Finance and trading' }],
  front_image_id: '9fxnkgt0QFmqKAl5V2BqxQAAACMAAQED',
  user_id: '2088302463082075',
  schema_url: 'alipays://platformapi/startapp?appId=20000021&b=m&p=111',
  pass_id: '21942125',
};

/**
 * The user of the documents' samples.
 *
 * @example
 * ```ts
 * gateway.authTokens.set('t', { user_id: SAMPLE_USER_ID, expires_at: Infinity });
 * ```
 */
export const SAMPLE_USER_ID = '2088302463082075';
/**
 * The `auth_token` of the activation-form query's request sample.
 *
 * @example
 * ```ts
 * await alipay.execute('alipay.marketing.card.activateform.query', biz, { authToken: SAMPLE_AUTH_TOKEN });
 * ```
 */
export const SAMPLE_AUTH_TOKEN = '20130319e9b8d53d09034da8998caefa756c4006';
/**
 * The template id of the activation-form query's request sample.
 *
 * @example
 * ```ts
 * { biz_type: 'MEMBER_CARD', template_id: SAMPLE_TEMPLATE_ID, request_id: SAMPLE_REQUEST_ID }
 * ```
 */
export const SAMPLE_TEMPLATE_ID = '2071828288283883';
/**
 * The request id of the activation-form query's request sample.
 *
 * @example
 * ```ts
 * { biz_type: 'MEMBER_CARD', template_id: SAMPLE_TEMPLATE_ID, request_id: SAMPLE_REQUEST_ID }
 * ```
 */
export const SAMPLE_REQUEST_ID = '2017021929993993992839493394';
/**
 * The form entries of the activation-form query's response sample.
 *
 * @example
 * ```ts
 * SAMPLE_INFOS[2]; // { OPEN_FORM_FIELD_NAME: 'Tom' }
 * ```
 */
export const SAMPLE_INFOS: Array<Record<string, string>> = [
  { OPEN_FORM_FIELD_GENDER: 'Male' },
  { OPEN_FORM_FIELD_MOBILE: '13888888888' },
  { OPEN_FORM_FIELD_NAME: 'Tom' },
];

/**
 * How long a request id from the activation callback stays usable in the mock (30 minutes).
 *
 * @example
 * ```ts
 * await createMockGateway({ appPublicKey, formTtlMs: FORM_TTL_MS / 2 });
 * ```
 */
export const FORM_TTL_MS = 30 * 60 * 1000;
