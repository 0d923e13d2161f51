// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ButtonObject, ButtonObjectShape } from '../models/ButtonObject.ts';

/**
 * The request of `alipay.open.public.menu.modify` (POST /v3/alipay/open/public/menu/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMenuModifyRequest = { type: '…' };
 * ```
 */
export interface AlipayOpenPublicMenuModifyRequest {
  button?: ButtonObject[];
  type?: string;
}

/**
 * The result of `alipay.open.public.menu.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMenuModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicMenuModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.menu.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMenuModifyErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicMenuModifyErrorCode = "ILLEGAL_BIZ_PARAMS" | "BUTTON_IS_EMPTY" | "ICON_IS_EMPTY" | "MENU_MODIFY_NOT_EXIST" | "SYSTEM_ERROR" | "ICON_IS_INVALID" | "MENU_NO_BODY" | "MENU_CHAT_NUMBER_LIMIT" | "BUTTON_COUNT_LIMIT" | "MENU_TITLE_EMPTY" | "ICON_TOO_LARGE" | "MENU_TITLE_OUT_OF_LENGTH" | "ICON_TYPE_INVALID" | "MENU_TYPE_NOTFOUND" | "ACTION_PARAM_IS_EMPTY" | "MENU_AUTH_NOT_ILLEGAL" | "MENU_SECURITY_FORBID" | "MENU_SUB_OUT_OF_NUM" | "APP_NO_AVAIABLE" | "EXTENSION_STATUS_INVALID" | "ICON_SIZE_ERROR" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.menu.modify`: POST /v3/alipay/open/public/menu/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMenuModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMenuModify, { type: '…' });
 * ```
 */
export const alipayOpenPublicMenuModify: ApiDefinition<"alipay.open.public.menu.modify", AlipayOpenPublicMenuModifyRequest, AlipayOpenPublicMenuModifyResult, AlipayOpenPublicMenuModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.menu.modify",
  'POST',
  () => ({ button: [ButtonObjectShape], type: 0 }),
  () => ({}),
);
