// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ButtonObject, ButtonObjectShape } from '../models/ButtonObject.ts';
import { type LabelRule, LabelRuleShape } from '../models/LabelRule.ts';

/**
 * The request of `alipay.open.public.personalized.menu.create` (POST /v3/alipay/open/public/personalized/menu/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicPersonalizedMenuCreateRequest = { group_id: '…', mobile_client_type: '…' };
 * ```
 */
export interface AlipayOpenPublicPersonalizedMenuCreateRequest {
  button?: ButtonObject[];
  group_id?: string;
  label_rule?: LabelRule[];
  mobile_client_type?: string;
  type?: string;
}

/**
 * The result of `alipay.open.public.personalized.menu.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicPersonalizedMenuCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicPersonalizedMenuCreateResult {
  menu_key?: string;
}

/**
 * The error codes of `alipay.open.public.personalized.menu.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicPersonalizedMenuCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenPublicPersonalizedMenuCreateErrorCode = "INVALID_PARAMETER" | "BUTTON_IS_EMPTY" | "BUTTON_COUNT_LIMIT" | "MENU_TITLE_EMPTY" | "MENU_TITLE_OUT_OF_LENGTH" | "MENU_TYPE_NOTFOUND" | "MENU_SUB_OUT_OF_NUM" | "ICON_IS_EMPTY" | "ACTION_PARAM_IS_EMPTY" | "ICON_IS_INVALID" | "ICON_SIZE_ERROR" | "ICON_TOO_LARGE" | "ICON_TYPE_INVALID" | "LABEL_RULES_IS_EMPTY" | "RULE_COUNT_INVALID" | "LABEL_ID_IS_EMPTY" | "LABEL_VALUE_IS_EMPTY" | "LABEL_VALUE_INVALID" | "LABEL_NOT_EXISTS" | "MENU_SECURITY_FORBID" | "LABEL_IS_REUSED" | "OPERATOR_IS_EMPTY" | "OPERATOR_IS_INVALID" | "GROUP_ID_IS_INVALID" | "GROUP_NOT_READY" | "GROUP_NOT_EXISTED" | "NOT_SUPPORT_GROUP" | "MENU_NUMBER_LIMIT" | "ICON_NOT_SUPPORT_SUB_MENU" | "SECURITY_CHECK_FAILED" | "SYSTEM_ERROR" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.personalized.menu.create`: POST /v3/alipay/open/public/personalized/menu/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicPersonalizedMenuCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicPersonalizedMenuCreate, { group_id: '…', mobile_client_type: '…' });
 * ```
 */
export const alipayOpenPublicPersonalizedMenuCreate: ApiDefinition<"alipay.open.public.personalized.menu.create", AlipayOpenPublicPersonalizedMenuCreateRequest, AlipayOpenPublicPersonalizedMenuCreateResult, AlipayOpenPublicPersonalizedMenuCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.personalized.menu.create",
  'POST',
  () => ({ button: [ButtonObjectShape], group_id: 0, label_rule: [LabelRuleShape], mobile_client_type: 0, type: 0 }),
  () => ({ menu_key: 0 }),
);
