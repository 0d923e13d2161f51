// The two card queries in the mock gateway, answered from its in-memory cards and forms. Error
// codes are those the API documents list.
import type { MockCard } from '../data.ts';
import { type MethodContext, type MethodHandler, type MockNode, businessError, invalidAuthToken, isString, success, tokenUser } from './types.ts';

function cardQuery({ biz, cards }: MethodContext): MockNode {
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

function activateFormQuery(context: MethodContext): MockNode {
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

/** The two card queries (the rest of the card journey is in ./journey.ts). */
export const cardHandlers: Record<string, MethodHandler> = {
  'alipay.marketing.card.query': cardQuery,
  'alipay.marketing.card.activateform.query': activateFormQuery,
};
