// The membership-card activation flow (steps 6–9 of the card journey): the callback Alipay
// redirects the user to, the auth_code exchange, the form read, and what card.open needs.
import type { AlipayClient } from './client.ts';
import type { ActivateFormQueryResult } from './apis/card-activateform-query.ts';
import type { OauthTokenResult } from './apis/oauth-token.ts';
import { AlipayError } from './errors.ts';
import { fieldsOf, isInstance, kind, readOnce } from './guard.ts';

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
  if (isInstance(input, URLSearchParams)) query = input;
  else if (isInstance(input, URL)) {
    // The platform's own getter: a subclass cannot answer another query.
    query = Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams')!.get!.call(input) as URLSearchParams;
  } else if (typeof input === 'string') {
    try {
      query = /^[a-z][a-z0-9+.-]*:/i.test(input) ? new URL(input).searchParams : new URLSearchParams(input);
    } catch {
      throw refuse('not a URL or query string', '');
    }
  } else throw refuse('expected a URL or query string', '');
  const param = (name: string, pattern: RegExp | undefined, max: number, required: boolean): string | undefined => {
    // The platform's getAll, once per name: a subclass's own is not asked.
    let values: string[];
    try {
      values = URLSearchParams.prototype.getAll.call(query, name);
    } catch {
      throw refuse('expected a URL or query string', '');
    }
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
  // The client's execute, read once and called as read.
  const execute = typeof alipay === 'object' && alipay !== null ? readOnce(alipay, 'execute', 'alipay', 'ERR_CONFIG') : undefined;
  if (typeof execute !== 'function') throw new AlipayError('ERR_CONFIG', `completeActivation needs an AlipayClient, got ${kind(alipay)}.`);
  const run = (method: string, biz: Record<string, unknown>, callOptions: Record<string, unknown>) => Promise.resolve(execute.call(alipay, method, biz, callOptions));
  const opts = fieldsOf(options, ['templateId', 'signal', 'timeout'], 'options');
  const given = typeof callback === 'object' && callback !== null && !isInstance(callback, URL) && !isInstance(callback, URLSearchParams);
  const parsed = given ? fieldsOf(callback as ActivationCallback, ['authCode', 'requestId', 'templateId', 'outString'], 'callback') : parseActivationCallback(callback as string | URL | URLSearchParams);
  if (typeof parsed.authCode !== 'string' || typeof parsed.requestId !== 'string') throw refuse('the callback needs authCode and requestId as strings', '');
  if (parsed.templateId !== undefined && typeof parsed.templateId !== 'string') throw refuse('templateId must be a string', 'template_id');
  if (parsed.outString !== undefined && typeof parsed.outString !== 'string') throw refuse('outString must be a string', 'out_string');
  if (opts.templateId !== undefined && typeof opts.templateId !== 'string') throw refuse('options.templateId must be a string', 'template_id');
  if (opts.templateId !== undefined && parsed.templateId !== undefined && opts.templateId !== parsed.templateId) {
    throw refuse(`template_id ${JSON.stringify(parsed.templateId)} is not your template`, 'template_id');
  }
  const templateId = opts.templateId ?? parsed.templateId;
  if (templateId === undefined) throw refuse('template_id is missing; pass options.templateId', 'template_id');
  const call = { ...(opts.signal && { signal: opts.signal }), ...(opts.timeout !== undefined && { timeout: opts.timeout }) };

  const token = fieldsOf(
    (await run('alipay.system.oauth.token', { grant_type: 'authorization_code', code: parsed.authCode }, call)) as OauthTokenResult,
    ['access_token', 'refresh_token', 'expires_in', 'user_id', 'open_id'],
    'alipay.system.oauth.token result',
    'ERR_RESPONSE_INVALID',
  );
  if (typeof token.access_token !== 'string') throw new AlipayError('ERR_RESPONSE_INVALID', 'alipay.system.oauth.token: the answer has no access_token.', { path: 'access_token' });
  const form = fieldsOf(
    (await run('alipay.marketing.card.activateform.query', { biz_type: 'MEMBER_CARD', template_id: templateId, request_id: parsed.requestId }, { ...call, authToken: token.access_token })) as ActivateFormQueryResult,
    ['infos', 'fields'],
    'alipay.marketing.card.activateform.query result',
    'ERR_RESPONSE_INVALID',
  );
  const userId = token.user_id;
  const openId = token.open_id;
  if (userId === undefined && openId === undefined) {
    throw new AlipayError('ERR_RESPONSE_INVALID', 'alipay.system.oauth.token: the answer has neither user_id nor open_id.', { path: 'user_id' });
  }
  const fields = (form.fields ?? {}) as Record<string, string>;
  const picked = fieldsOf(fields, ['OPEN_FORM_FIELD_NAME', 'OPEN_FORM_FIELD_MOBILE', 'OPEN_FORM_FIELD_GENDER', 'OPEN_FORM_FIELD_BIRTHDAY_WITH_YEAR'], 'fields', 'ERR_RESPONSE_INVALID');
  const member: ActivationResult['memberExtInfo'] = {};
  if (picked.OPEN_FORM_FIELD_NAME) member.name = picked.OPEN_FORM_FIELD_NAME;
  if (picked.OPEN_FORM_FIELD_MOBILE) member.cell = picked.OPEN_FORM_FIELD_MOBILE;
  if (picked.OPEN_FORM_FIELD_GENDER) member.gende = picked.OPEN_FORM_FIELD_GENDER;
  if (picked.OPEN_FORM_FIELD_BIRTHDAY_WITH_YEAR) member.birth = picked.OPEN_FORM_FIELD_BIRTHDAY_WITH_YEAR;
  return {
    accessToken: token.access_token,
    ...(token.refresh_token !== undefined && { refreshToken: token.refresh_token }),
    expiresIn: token.expires_in as number,
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
