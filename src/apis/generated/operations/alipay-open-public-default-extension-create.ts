// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExtensionArea, ExtensionAreaShape } from '../models/ExtensionArea.ts';

/**
 * The request of `alipay.open.public.default.extension.create` (POST /v3/alipay/open/public/default/extension/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicDefaultExtensionCreateRequest = {};
 * ```
 */
export interface AlipayOpenPublicDefaultExtensionCreateRequest {
  areas?: ExtensionArea[];
}

/**
 * The result of `alipay.open.public.default.extension.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicDefaultExtensionCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicDefaultExtensionCreateResult {
  extension_key?: string;
}

/**
 * The error codes of `alipay.open.public.default.extension.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicDefaultExtensionCreateErrorCode = "EXTENSION_AREAS_IS_EMPTY";
 * ```
 */
export type AlipayOpenPublicDefaultExtensionCreateErrorCode = "EXTENSION_AREAS_IS_EMPTY" | "AREA_COUNT_INVALID" | "ILLEGAL_BIZ_PARAMS" | "EXTENSION_PARAM_URL_ERROR" | "EXTENSION_PARAM_TYPE_ERROR" | "AREA_HEIGHT_IS_INVALID" | "GOTO_URL_IS_INVALID" | "DEFAULT_EXTENSION_EXIST" | "EXTENSION_NAME_TOO_LONG" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.default.extension.create`: POST /v3/alipay/open/public/default/extension/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicDefaultExtensionCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicDefaultExtensionCreate, {});
 * ```
 */
export const alipayOpenPublicDefaultExtensionCreate: ApiDefinition<"alipay.open.public.default.extension.create", AlipayOpenPublicDefaultExtensionCreateRequest, AlipayOpenPublicDefaultExtensionCreateResult, AlipayOpenPublicDefaultExtensionCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.default.extension.create",
  'POST',
  () => ({ areas: [ExtensionAreaShape] }),
  () => ({ extension_key: 0 }),
);
