// What the mock gateway answers for each method it serves, from its in-memory state. Error codes
// are those the API documents list.
import type { MockCard } from './data.ts';
import type { MockState } from './state.ts';

/**
 * A response node as the gateway sends it.
 *
 * @example
 * ```ts
 * const node: ResponseNode = { code: '10000', msg: 'Success' };
 * ```
 */
export type ResponseNode = Record<string, unknown>;

/**
 * What a method handler sees: the request's parameters, its parsed `biz_content`, uploaded files,
 * the gateway's clock and its state.
 *
 * @example
 * ```ts
 * const handler: MethodHandler = ({ biz }) => success({ echo: biz });
 * ```
 */
export interface MethodContext {
  appId: string;
  params: Record<string, string>;
  biz: Record<string, unknown>;
  files: Map<string, File>;
  now: Date;
  state: MockState;
  /** Shorthands for `state.cards`, `state.forms`, `state.authTokens`. */
  cards: MockState['cards'];
  forms: MockState['forms'];
  authTokens: MockState['authTokens'];
}

/**
 * Answers one method: a success node or a business error node.
 *
 * @example
 * ```ts
 * const echo: MethodHandler = ({ biz }) => success({ echo: JSON.stringify(biz) });
 * ```
 */
export type MethodHandler = (context: MethodContext) => ResponseNode | Promise<ResponseNode>;

/**
 * A success node: `code 10000`, `msg Success` and the fields.
 *
 * @example
 * ```ts
 * success({ template_id });
 * ```
 */
export const success = (fields: ResponseNode = {}): ResponseNode => ({ code: '10000', msg: 'Success', ...fields });

/**
 * A business failure node (`40004 Business Failed` with the document's `sub_code`).
 *
 * @example
 * ```ts
 * businessError('CARD_NOT_EXIT', '会员卡不存在');
 * ```
 */
export const businessError = (subCode: string, subMsg: string): ResponseNode => ({
  code: '40004',
  msg: 'Business Failed',
  sub_code: subCode,
  sub_msg: subMsg,
});

/**
 * The gateway's answer to a missing, unknown or expired `auth_token`.
 *
 * @example
 * ```ts
 * if (!tokenUser(context)) return invalidAuthToken;
 * ```
 */
export const invalidAuthToken: ResponseNode = {
  code: '20001',
  msg: 'Insufficient Token Permissions',
  sub_code: 'aop.invalid-auth-token',
  sub_msg: '无效的访问令牌',
};

/** A non-empty string. */
export const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The user of a request's `auth_token`, if the token is known and not expired. */
export function tokenUser({ params, authTokens, now }: MethodContext): string | undefined {
  const token = params.auth_token ? authTokens.get(params.auth_token) : undefined;
  return token && token.expires_at > now.getTime() ? token.user_id : undefined;
}

function cardQuery({ biz, cards }: MethodContext): ResponseNode {
  const type = biz.target_card_no_type;
  const number = biz.target_card_no;
  if (!isString(type) || !isString(number)) return businessError('INVALID_PARAMETER', '参数有误：target_card_no_type和target_card_no不能为空');
  let card: (MockCard & { deleted?: boolean }) | undefined;
  if (type === 'BIZ_CARD') card = cards.get(number);
  else if (type === 'D_QR_CODE' || type === 'D_BAR_CODE') card = [...cards.values()].find((c) => c.mdcode_info?.code_value === number);
  else return businessError('NO_CARD_TYPE', '卡类型未定义');
  if (card?.deleted) card = undefined; // a deleted card is gone
  const user = biz.card_user_info as { user_uni_id?: unknown } | undefined;
  if (user !== undefined && (typeof user !== 'object' || user === null || !isString(user.user_uni_id))) {
    return businessError('INVALID_PARAMETER', '参数有误：card_user_info');
  }
  if (!card || (user && card.user_id !== undefined && user.user_uni_id !== card.user_id)) return businessError('CARD_NOT_EXIT', '会员卡不存在');
  const { user_id: _owner, schema_url, pass_id, deleted: _deleted, ...card_info } = card;
  return success({ card_info, ...(schema_url !== undefined && { schema_url }), ...(pass_id !== undefined && { pass_id }) });
}

function activateFormQuery(context: MethodContext): ResponseNode {
  const { biz, now, forms } = context;
  const userId = tokenUser(context);
  if (!userId) return invalidAuthToken;
  if (biz.biz_type !== 'MEMBER_CARD' || !isString(biz.template_id) || !isString(biz.request_id)) {
    return businessError('INVALID_PARAMETER', '参数有误：biz_type必须为MEMBER_CARD，template_id和request_id不能为空');
  }
  const form = forms.get(biz.request_id);
  if (!form || form.template_id !== biz.template_id || form.user_id !== userId) return businessError('REQUEST_ID_INVALID', 'request_id无效');
  if (now.getTime() > form.expires_at) return businessError('REQUEST_ID_EXPIRE', 'request_id已过期');
  if (form.profile_unavailable) return businessError('OPEN_PROFILE_QUERY_FAIL', '用户信息查询失败');
  return success({ infos: JSON.stringify(form.infos) });
}

/** The two seed APIs' handlers; mocks/journey.ts adds the rest of the card journey. */
export const seedHandlers: Record<string, MethodHandler> = {
  'alipay.marketing.card.query': cardQuery,
  'alipay.marketing.card.activateform.query': activateFormQuery,
};
