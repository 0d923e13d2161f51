// The rest of the membership-card journey in the mock gateway: OAuth tokens, templates, the
// activation form and link, opening, updating and deleting cards, and image upload. Error
// sub_codes are those the API sheets list.
import { FORM_FIELDS } from '../../src/schemas.ts';
import type { MockCard } from '../data.ts';
import { LIFETIMES, type MockState, chinaTime, nextId } from '../state.ts';
import { AS_ERROR_RESPONSE, type MethodContext, type MethodHandler, type MockNode, businessError, invalidAuthToken, isString, success, tokenUser } from './types.ts';

const invalidParameter = (what: string) => businessError('INVALID_PARAMETER', `参数有误：${what}`);
const object = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

function oauthError(subCode: string, subMsg: string): MockNode {
  return { code: '40002', msg: 'Invalid Arguments', sub_code: subCode, sub_msg: subMsg, [AS_ERROR_RESPONSE]: true };
}

function issueTokens(state: MockState, userId: string, now: number): MockNode {
  const accessToken = nextId(state, 'authusrB', 32);
  const refreshToken = nextId(state, 'authusrR', 32);
  state.authTokens.set(accessToken, { user_id: userId, expires_at: now + LIFETIMES.accessToken });
  state.refreshTokens.set(refreshToken, { user_id: userId, expires_at: now + LIFETIMES.refreshToken });
  // Success carries no code/msg, and the lifetimes are numbers, as the real gateway sends them.
  return {
    user_id: userId,
    access_token: accessToken,
    expires_in: LIFETIMES.accessToken / 1000,
    refresh_token: refreshToken,
    re_expires_in: LIFETIMES.refreshToken / 1000,
    auth_start: chinaTime(new Date(now)),
  };
}

function oauthToken({ params, state, now }: MethodContext): MockNode {
  const time = now.getTime();
  if (params.grant_type === 'authorization_code') {
    const code = params.code ? state.authCodes.get(params.code) : undefined;
    // Single use: gone after any attempt, successful or not.
    if (params.code) state.authCodes.delete(params.code);
    if (!code || code.expires_at <= time) return oauthError('isv.code-invalid', '授权码code无效');
    return issueTokens(state, code.user_id, time);
  }
  if (params.grant_type === 'refresh_token') {
    const refresh = params.refresh_token ? state.refreshTokens.get(params.refresh_token) : undefined;
    if (!refresh) return oauthError('isv.refresh-token-invalid', '刷新令牌refresh_token无效');
    if (refresh.expires_at <= time) return oauthError('isv.refresh-token-time-out', '刷新令牌refresh_token过期');
    state.refreshTokens.delete(params.refresh_token!);
    return issueTokens(state, refresh.user_id, time);
  }
  return oauthError('isv.grant-type-invalid', 'grant_type参数无效');
}

function templateCreate({ biz, params, state }: MethodContext): MockNode {
  const style = object(biz.template_style_info);
  if (!isString(biz.request_id) || !style) return invalidParameter('request_id和template_style_info不能为空');
  if (!isString(style.card_show_name) || !isString(style.logo_id) || !isString(style.background_id)) return invalidParameter('template_style_info');
  if (biz.card_type !== undefined && biz.card_type !== 'OUT_MEMBER_CARD') return businessError('NO_CARD_TYPE', '卡类型不支持');
  const templateId = nextId(state, '2024', 28);
  state.templates.set(templateId, { template_id: templateId, request: biz, ...(params.notify_url && { notify_url: params.notify_url }) });
  return success({ template_id: templateId });
}

function templateModify({ biz, params, state }: MethodContext): MockNode {
  if (!isString(biz.request_id) || !isString(biz.template_id) || !object(biz.template_style_info)) return invalidParameter('request_id、template_id和template_style_info不能为空');
  const template = state.templates.get(biz.template_id);
  if (!template) return businessError('TEMPLATE_NOT_EXIT', '模板不存在');
  const { field_rule_list: _ignored, request_id: _id, template_id: _tid, ...changes } = biz; // field rules cannot change
  template.request = { ...template.request, ...changes };
  if (params.notify_url) template.notify_url = params.notify_url;
  return success({ template_id: template.template_id });
}

function templateQuery({ biz, state }: MethodContext): MockNode {
  if (!isString(biz.template_id)) return invalidParameter('template_id不能为空');
  const template = state.templates.get(biz.template_id);
  if (!template) return businessError('TEMPLATE_NOT_EXIT', '模板不存在');
  const { request_id: _id, card_level_conf, card_type, ...rest } = template.request;
  return success({
    card_type: card_type ?? 'OUT_MEMBER_CARD',
    ...rest,
    ...(card_level_conf !== undefined && { card_level_confs: card_level_conf }), // plural in the answer
    ...(template.form && { template_form_config: { fields: template.form } }),
  });
}

function parseFieldGroup(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (typeof value !== 'string') return undefined; // the wire format is a JSON string
  try {
    const group = JSON.parse(value) as { common_fields?: unknown };
    return Array.isArray(group.common_fields) && group.common_fields.every(isString) ? group.common_fields : undefined;
  } catch {
    return undefined;
  }
}

function formTemplateSet({ biz, state }: MethodContext): MockNode {
  const fields = object(biz.fields);
  if (!isString(biz.template_id) || !fields) return businessError('ILLEGAL_NULL_ARGUMENT', 'template_id和fields不能为空');
  const template = state.templates.get(biz.template_id);
  if (!template) return businessError('CARD_TEMPLATE_NOT_EXIST', '会员卡模板不存在');
  const required = parseFieldGroup(fields.required);
  const optional = parseFieldGroup(fields.optional);
  if (!required || !optional) return invalidParameter('fields.required和fields.optional须为JSON字符串');
  if (required.length === 0) return invalidParameter('required必须填一个');
  const all = [...required, ...optional];
  if (all.some((field) => !(FORM_FIELDS as readonly string[]).includes(field))) return businessError('FORM_FIELD_INVALID', '表单字段不合法');
  if (new Set(all).size !== all.length) return businessError('DUPLICATE_FORM_FIELD', '表单字段重复');
  if (all.includes('OPEN_FORM_FIELD_BIRTHDAY') && all.includes('OPEN_FORM_FIELD_BIRTHDAY_WITH_YEAR')) return businessError('DUPLICATE_BIRTHDAY_FIELD', '生日字段重复');
  template.form = { required, optional };
  return success();
}

/**
 * Where the mock's activation links point.
 *
 * @example
 * ```ts
 * new URL(applyCardUrl).origin + new URL(applyCardUrl).pathname === ACTIVATION_PAGE;
 * ```
 */
export const ACTIVATION_PAGE = 'https://memberprod.alipay.com/account/openform/activecard.htm';

function activateUrlApply({ biz, state, appId }: MethodContext): MockNode {
  if (!isString(biz.template_id)) return businessError('ILLEGAL_NULL_ARGUMENT', 'template_id不能为空');
  const template = state.templates.get(biz.template_id);
  if (!template) return businessError('CARD_TEMPLATE_NOT_EXIST', '会员卡模板不存在');
  if (!template.form) return businessError('OPEN_FORM_TEMPLATE_NOT_EXIST', '请先调用alipay.marketing.card.formtemplate.set');
  if (biz.out_string !== undefined && (!isString(biz.out_string) || biz.out_string.length > 256)) return businessError('ILLEGAL_ARGUMENT_OUT_STRING', 'out_string不合法');
  if (biz.callback !== undefined && (!isString(biz.callback) || biz.callback.includes('?'))) return invalidParameter('callback不能带参数');
  const link = new URL(ACTIVATION_PAGE);
  link.searchParams.set('app_id', appId);
  link.searchParams.set('template_id', biz.template_id);
  if (isString(biz.out_string)) link.searchParams.set('out_string', biz.out_string);
  if (isString(biz.callback)) link.searchParams.set('callback', biz.callback);
  // The gateway sends the link URL-encoded.
  return success({ apply_card_url: encodeURIComponent(link.toString()) });
}

const CHINA_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

function cardOpen(context: MethodContext): MockNode {
  const { biz, state, now } = context;
  const userId = tokenUser(context);
  if (!userId) return businessError('USER_AUTH_FAIL', '用户授权失败，请检查auth_token');
  const user = object(biz.card_user_info);
  const ext = object(biz.card_ext_info);
  if (!isString(biz.out_serial_no) || !isString(biz.card_template_id) || !user || !ext) return invalidParameter('out_serial_no、card_template_id、card_user_info和card_ext_info不能为空');
  const template = state.templates.get(biz.card_template_id);
  if (!template) return businessError('TEMPLATE_NOT_EXIT', '模板不存在');
  if (user.user_uni_id !== userId) return businessError('USER_AUTH_FAIL', 'card_user_info与auth_token的用户不一致');
  const held = [...state.cards.values()].find((card) => card.user_id === userId && card.template_id === template.template_id && !card.deleted);
  if (held) return businessError('CARD_HAS_OPENED', '用户已领取该模板的会员卡');
  for (const date of ['open_date', 'valid_date'] as const) if (ext[date] !== undefined && !(isString(ext[date]) && CHINA_DATE.test(ext[date]))) return invalidParameter(date);
  const prefix = typeof template.request.biz_no_prefix === 'string' ? template.request.biz_no_prefix : '';
  const suffix = Number(template.request.biz_no_suffix_len ?? 10);
  const bizCardNo = nextId(state, prefix, suffix);
  const card_info = {
    ...ext,
    biz_card_no: bizCardNo,
    open_date: isString(ext.open_date) ? ext.open_date : chinaTime(now),
    valid_date: isString(ext.valid_date) ? ext.valid_date : '2099-12-31 23:59:59',
  };
  state.cards.set(bizCardNo, { ...(card_info as unknown as MockCard), user_id: userId, template_id: template.template_id, schema_url: `alipays://platformapi/startapp?appId=20000021&p=${bizCardNo}` });
  return success({ card_info });
}

function cardUpdate({ biz, state }: MethodContext): MockNode {
  const info = object(biz.card_info);
  if (!isString(biz.target_card_no) || !isString(biz.occur_time) || !info) return invalidParameter('target_card_no、occur_time和card_info不能为空');
  if (biz.target_card_no_type !== 'BIZ_CARD') return businessError('NO_CARD_TYPE', '卡类型不支持');
  const card = state.cards.get(biz.target_card_no);
  if (!card || card.deleted) return businessError('CARD_NOT_EXIT', '会员卡不存在');
  if (isString(info.template_id) && !state.templates.has(info.template_id)) return invalidParameter('template_id不存在');
  // open_date and valid_date cannot change through update.
  const { open_date: _open, valid_date: _valid, biz_card_no: _number, ...changes } = info;
  Object.assign(card, changes);
  return success();
}

function cardDelete({ biz, state }: MethodContext): MockNode {
  if (!isString(biz.out_serial_no) || !isString(biz.target_card_no)) return invalidParameter('out_serial_no和target_card_no不能为空');
  if (biz.target_card_no_type !== 'BIZ_CARD') return businessError('NO_CARD_TYPE', '卡类型不支持');
  if (!['USER_UNBUND', 'CANCEL', 'PRESENT'].includes(String(biz.reason_code))) return invalidParameter('reason_code');
  const card = state.cards.get(biz.target_card_no);
  if (!card) return businessError('CARD_NOT_EXIT', '会员卡不存在');
  if (card.deleted) return businessError('CARD_IS_DELETED_ALREADY', '会员卡已删除');
  card.deleted = true;
  return success({ biz_serial_no: nextId(state, '2024', 16) });
}

const IMAGE_TYPES = ['bmp', 'png', 'jpeg', 'jpg', 'gif', 'mp4'];

async function imageUpload({ params, files, state }: MethodContext): Promise<MockNode> {
  const file = files.get('image_content');
  if (!isString(params.image_type) || !isString(params.image_name) || !file) return businessError('INVALID_PARAM', 'image_type、image_name和image_content不能为空');
  if (!IMAGE_TYPES.includes(params.image_type.toLowerCase())) return businessError('UNKNOWN_FORMAT', '不支持的文件格式');
  if (file.size > 5_242_880) return businessError('EXCEED_MAX_SIZE', '文件超过5M');
  if (file.size === 0) return businessError('INVALID_FILE_BYTES', '文件内容为空');
  const imageId = nextId(state, 'mock', 28);
  state.images.set(imageId, { name: params.image_name, type: params.image_type, bytes: (await file.arrayBuffer()).byteLength });
  return success({ image_id: imageId, image_url: `https://oalipay-dl-django.alicdn.com/rest/1.0/image?fileIds=${imageId}&zoom=original` });
}

/** The card journey's methods (beyond the two card queries). */
export const journeyHandlers: Record<string, MethodHandler> = {
  'alipay.system.oauth.token': oauthToken,
  'alipay.marketing.card.template.create': templateCreate,
  'alipay.marketing.card.template.modify': templateModify,
  'alipay.marketing.card.template.query': templateQuery,
  'alipay.marketing.card.formtemplate.set': formTemplateSet,
  'alipay.marketing.card.activateurl.apply': activateUrlApply,
  'alipay.marketing.card.open': cardOpen,
  'alipay.marketing.card.update': cardUpdate,
  'alipay.marketing.card.delete': cardDelete,
  'alipay.offline.material.image.upload': imageUpload,
};

/**
 * A user filling in the activation form.
 *
 * @example
 * ```ts
 * const callback = gateway.submitActivationForm(applyCardUrl, { user_id: '2088102150477652', fields: { OPEN_FORM_FIELD_MOBILE: '13800000000' } });
 * ```
 */
export interface FormSubmission {
  /** The user's Alipay id (2088…). */
  user_id: string;
  /** The values entered, by field (`OPEN_FORM_FIELD_MOBILE: '13800000000'`). */
  fields: Record<string, string>;
}

/**
 * What Alipay does when a user opens the activation link and submits the form: it stores the form
 * under a new `request_id`, issues a single-use `auth_code`, and redirects the browser to the
 * callback. Returns that callback URL.
 *
 * @throws Error when the link is not one of this gateway's, or a required field is missing.
 */
export function submitActivationForm(state: MockState, applyCardUrl: string, submission: FormSubmission, now: Date, formTtl: number): string {
  const link = new URL(applyCardUrl);
  if (`${link.origin}${link.pathname}` !== ACTIVATION_PAGE) throw new Error('Not an activation link of this mock gateway.');
  const templateId = link.searchParams.get('template_id') ?? '';
  const template = state.templates.get(templateId);
  if (!template?.form) throw new Error(`No activation form for template ${templateId}.`);
  const missing = template.form.required.filter((field) => !submission.fields[field]);
  if (missing.length > 0) throw new Error(`The form needs ${missing.join(', ')}.`);
  const asked = [...template.form.required, ...template.form.optional];
  const infos = asked.filter((field) => submission.fields[field] !== undefined).map((field) => ({ [field]: submission.fields[field]! }));
  const requestId = nextId(state, '2024', 24);
  state.forms.set(requestId, { request_id: requestId, template_id: templateId, user_id: submission.user_id, infos, expires_at: now.getTime() + formTtl });
  const authCode = nextId(state, 'ac', 30);
  state.authCodes.set(authCode, { user_id: submission.user_id, expires_at: now.getTime() + LIFETIMES.authCode });
  const callback = new URL(link.searchParams.get('callback') ?? 'https://merchant.example/alipay/card/callback');
  callback.searchParams.set('app_id', link.searchParams.get('app_id') ?? '');
  callback.searchParams.set('auth_code', authCode);
  callback.searchParams.set('template_id', templateId);
  callback.searchParams.set('request_id', requestId);
  const outString = link.searchParams.get('out_string');
  if (outString !== null) callback.searchParams.set('out_string', outString);
  callback.searchParams.set('scope', 'auth_base,auth_user,auth_ecard');
  callback.searchParams.set('state', btoa('mcard'));
  return callback.toString();
}
