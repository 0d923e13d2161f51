// The membership-card activation flow (steps 6–9 of the card journey): the callback Alipay
// redirects the user to, the auth_code exchange, the form read, and what card.open needs.
import type { AlipayClient } from './client.ts';
import { AlipayError } from './errors.ts';
import { kind, optionsOf } from './guard.ts';

/**
 * The query of the activation callback, checked. Every value came from the user's browser.
 *
 * @example
 * ```ts
 * const { authCode, requestId, outString } = parseActivationCallback(request.url);
 * ```
 */
export interface ActivationCallback {
  /** Single-use, short-lived code to exchange with `alipay.system.oauth.token`. */
  authCode: string;
  /** The form submission to read with `alipay.marketing.card.activateform.query`. */
  requestId: string;
  templateId?: string;
  /** Your own context, echoed from `activateurl.apply`; absent in promotion scenarios. */
  outString?: string;
  appId?: string;
  scope?: string[];
  /** Opaque. */
  state?: string;
}

const ID = /^[A-Za-z0-9_-]+$/;

function refuse(message: string, path: string): AlipayError {
  return new AlipayError('ERR_REQUEST_INVALID', `Activation callback: ${message}.`, { path });
}

/**
 * Reads the activation callback URL (or its query). Every parameter is untrusted input: the ids
 * must look like ids, nothing may appear twice, and `auth_code` and `request_id` are required;
 * `template_id` and `out_string` are optional.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` naming the parameter.
 * @example
 * ```ts
 * const callback = parseActivationCallback(request.url);
 * callback.authCode; callback.requestId;
 * ```
 */
export function parseActivationCallback(input: string | URL | URLSearchParams): ActivationCallback {
  let query: URLSearchParams;
  if (input instanceof URLSearchParams) query = input;
  else if (input instanceof URL) query = input.searchParams;
  else if (typeof input === 'string') {
    try {
      query = /^[a-z][a-z0-9+.-]*:/i.test(input) ? new URL(input).searchParams : new URLSearchParams(input);
    } catch {
      throw refuse('not a URL or query string', '');
    }
  } else throw refuse('expected a URL or query string', '');
  const param = (name: string, pattern: RegExp | undefined, max: number, required: boolean): string | undefined => {
    const values = query.getAll(name);
    if (values.length > 1) throw refuse(`${name} appears more than once`, name);
    const value = values[0];
    if (value === undefined || value === '') {
      if (required) throw refuse(`${name} is missing`, name);
      return undefined;
    }
    if (value.length > max || (pattern && !pattern.test(value))) throw refuse(`${name} is malformed`, name);
    return value;
  };
  const callback: ActivationCallback = {
    authCode: param('auth_code', ID, 64, true)!,
    requestId: param('request_id', ID, 128, true)!,
  };
  const templateId = param('template_id', ID, 128, false);
  const outString = param('out_string', undefined, 256, false);
  const appId = param('app_id', /^\d+$/, 32, false);
  const scope = param('scope', /^[\w,]+$/, 256, false);
  const state = param('state', undefined, 256, false);
  if (templateId !== undefined) callback.templateId = templateId;
  if (outString !== undefined) callback.outString = outString;
  if (appId !== undefined) callback.appId = appId;
  if (scope !== undefined) callback.scope = scope.split(',');
  if (state !== undefined) callback.state = state;
  return callback;
}

/**
 * The user as card.open's `card_user_info` wants them.
 *
 * @example
 * ```ts
 * const user: ActivationCardUser = { user_uni_id: '2088102150477652', user_uni_id_type: 'UID' };
 * ```
 */
export type ActivationCardUser = { user_uni_id: string; user_uni_id_type: 'UID' } | { open_id: string; user_uni_id_type: 'UID' };

/**
 * What the activation flow hands back: the user's ids and token, and the form, ready for
 * card.open.
 *
 * @example
 * ```ts
 * const activation = await completeActivation(alipay, request.url, { templateId });
 * activation.cardUserInfo; activation.memberExtInfo; activation.accessToken;
 * ```
 */
export interface ActivationResult {
  /** For card.open's `authToken` option (the FAQ: usable for the form read and once more for card.open). */
  accessToken: string;
  refreshToken?: string;
  /** Seconds the access token lives. */
  expiresIn: number;
  userId?: string;
  openId?: string;
  templateId: string;
  requestId: string;
  outString?: string;
  /** The form entries, as the gateway listed them. */
  infos: Array<Record<string, string>>;
  /** The form entries merged: `fields.OPEN_FORM_FIELD_MOBILE`. */
  fields: Record<string, string>;
  /** card.open `card_user_info`. */
  cardUserInfo: ActivationCardUser;
  /** card.open `member_ext_info` (Alipay's field names: `cell`, `gende`, `birth`, `name`). */
  memberExtInfo: { name?: string; cell?: string; gende?: string; birth?: string };
}

/**
 * Options of {@link completeActivation}.
 *
 * @example
 * ```ts
 * await completeActivation(alipay, request.url, { templateId, timeout: 5_000 });
 * ```
 */
export interface CompleteActivationOptions {
  /** Your template id: required when the callback has none, and checked against it when it has one. */
  templateId?: string;
  signal?: AbortSignal;
  timeout?: number;
}

/**
 * Completes an activation: parses the callback, exchanges its `auth_code` for the user's tokens
 * (`alipay.system.oauth.token`), reads the submitted form
 * (`alipay.marketing.card.activateform.query`), and returns the user's ids and fields ready for
 * `alipay.marketing.card.open`.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for a malformed callback or a template mismatch;
 * AlipayApiError for a refused code (`isv.code-invalid`: reused or expired) or form
 * (`REQUEST_ID_EXPIRE`, `REQUEST_ID_INVALID`).
 * @example
 * ```ts
 * const activation = await completeActivation(alipay, request.url, { templateId });
 * const { card_info } = await alipay.execute('alipay.marketing.card.open', {
 *   out_serial_no: crypto.randomUUID().replaceAll('-', ''),
 *   card_template_id: activation.templateId,
 *   card_user_info: activation.cardUserInfo,
 *   card_ext_info: { external_card_no: 'EXT0001', point: '0', balance: '0.00' },
 *   member_ext_info: activation.memberExtInfo,
 * }, { authToken: activation.accessToken });
 * ```
 */
export async function completeActivation(alipay: AlipayClient, callback: string | URL | URLSearchParams | ActivationCallback, options?: CompleteActivationOptions): Promise<ActivationResult> {
  if (typeof (alipay as { execute?: unknown } | null)?.execute !== 'function') throw new AlipayError('ERR_CONFIG', `completeActivation needs an AlipayClient, got ${kind(alipay)}.`);
  options = optionsOf(options);
  const given = typeof callback === 'object' && callback !== null && !(callback instanceof URL) && !(callback instanceof URLSearchParams);
  const parsed = given ? callback : parseActivationCallback(callback);
  if (typeof parsed.authCode !== 'string' || typeof parsed.requestId !== 'string') throw refuse('the callback needs authCode and requestId as strings', '');
  if (options.templateId !== undefined && parsed.templateId !== undefined && options.templateId !== parsed.templateId) {
    throw refuse(`template_id ${JSON.stringify(parsed.templateId)} is not your template`, 'template_id');
  }
  const templateId = options.templateId ?? parsed.templateId;
  if (templateId === undefined) throw refuse('template_id is missing; pass options.templateId', 'template_id');
  const call = { ...(options.signal && { signal: options.signal }), ...(options.timeout !== undefined && { timeout: options.timeout }) };

  const token = await alipay.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code: parsed.authCode }, call);
  const form = await alipay.execute(
    'alipay.marketing.card.activateform.query',
    { biz_type: 'MEMBER_CARD', template_id: templateId, request_id: parsed.requestId },
    { ...call, authToken: token.access_token },
  );
  const userId = token.user_id;
  const openId = token.open_id;
  if (userId === undefined && openId === undefined) {
    throw new AlipayError('ERR_RESPONSE_INVALID', 'alipay.system.oauth.token: the answer has neither user_id nor open_id.', { path: 'user_id' });
  }
  const fields = form.fields;
  const member: ActivationResult['memberExtInfo'] = {};
  if (fields.OPEN_FORM_FIELD_NAME) member.name = fields.OPEN_FORM_FIELD_NAME;
  if (fields.OPEN_FORM_FIELD_MOBILE) member.cell = fields.OPEN_FORM_FIELD_MOBILE;
  if (fields.OPEN_FORM_FIELD_GENDER) member.gende = fields.OPEN_FORM_FIELD_GENDER;
  if (fields.OPEN_FORM_FIELD_BIRTHDAY_WITH_YEAR) member.birth = fields.OPEN_FORM_FIELD_BIRTHDAY_WITH_YEAR;
  return {
    accessToken: token.access_token,
    ...(token.refresh_token !== undefined && { refreshToken: token.refresh_token }),
    expiresIn: token.expires_in,
    ...(userId !== undefined && { userId }),
    ...(openId !== undefined && { openId }),
    templateId,
    requestId: parsed.requestId,
    ...(parsed.outString !== undefined && { outString: parsed.outString }),
    infos: form.infos ?? [],
    fields,
    cardUserInfo: userId !== undefined ? { user_uni_id: userId, user_uni_id_type: 'UID' } : { open_id: openId!, user_uni_id_type: 'UID' },
    memberExtInfo: member,
  };
}
