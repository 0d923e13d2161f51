// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ButtonObject, ButtonObjectShape } from '../models/ButtonObject.ts';

/**
 * The request of `alipay.open.public.menu.create` (POST /v3/alipay/open/public/menu/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMenuCreateRequest = { type: '…' };
 * ```
 */
export interface AlipayOpenPublicMenuCreateRequest {
  button?: ButtonObject[];
  type?: string;
}

/**
 * The result of `alipay.open.public.menu.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMenuCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMenuCreateResult {
  menu_key?: string;
}

/**
 * The error codes of `alipay.open.public.menu.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMenuCreateErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicMenuCreateErrorCode = "ILLEGAL_BIZ_PARAMS" | "BUTTON_IS_EMPTY" | "ICON_IS_EMPTY" | "ICON_IS_INVALID" | "ILLEGAL_ARGUMENT_PARAMS" | "BUSINESS_ERROR" | "SYSTEM_ERROR" | "MENU_FORMAT_ERROR" | "ICON_SIZE_ERROR" | "MENU_CHAT_NUMBER_LIMIT" | "BUTTON_COUNT_LIMIT" | "MENU_TITLE_EMPTY" | "ICON_TOO_LARGE" | "MENU_TITLE_OUT_OF_LENGTH" | "ICON_TYPE_INVALID" | "MENU_TYPE_NOTFOUND" | "ACTION_PARAM_IS_EMPTY" | "MENU_AUTH_NOT_ILLEGAL" | "MENU_SECURITY_FORBID" | "MENU_SUB_OUT_OF_NUM" | "APP_NO_AVAIABLE" | "MENU_HAS_EXIST" | "EXTENSION_STATUS_INVALID" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.menu.create`: POST /v3/alipay/open/public/menu/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMenuCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMenuCreate, { type: '…' });
 * ```
 */
export const alipayOpenPublicMenuCreate: ApiDefinition<"alipay.open.public.menu.create", AlipayOpenPublicMenuCreateRequest, AlipayOpenPublicMenuCreateResult, AlipayOpenPublicMenuCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.menu.create",
  'POST',
  () => ({ button: [ButtonObjectShape], type: 0 }),
  () => ({ menu_key: 0 }),
);
