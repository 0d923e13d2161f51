// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExtensionArea, ExtensionAreaShape } from '../models/ExtensionArea.ts';
import { type LabelRule, LabelRuleShape } from '../models/LabelRule.ts';

/**
 * The request of `alipay.open.public.personalized.extension.create` (POST /v3/alipay/open/public/personalized/extension/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicPersonalizedExtensionCreateRequest = {};
 * ```
 */
export interface AlipayOpenPublicPersonalizedExtensionCreateRequest {
  areas?: ExtensionArea[];
  label_rule?: LabelRule[];
}

/**
 * The result of `alipay.open.public.personalized.extension.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicPersonalizedExtensionCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicPersonalizedExtensionCreateResult {
  extension_key?: string;
}

/**
 * The error codes of `alipay.open.public.personalized.extension.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicPersonalizedExtensionCreateErrorCode = "EXTENSION_AREAS_IS_EMPTY";
 * ```
 */
export type AlipayOpenPublicPersonalizedExtensionCreateErrorCode = "EXTENSION_AREAS_IS_EMPTY" | "AREA_COUNT_INVALID" | "LABEL_RULES_IS_EMPTY" | "RULE_COUNT_INVALID" | "ILLEGAL_BIZ_PARAMS" | "EXTENSION_PARAM_URL_ERROR" | "EXTENSION_PARAM_TYPE_ERROR" | "AREA_HEIGHT_IS_INVALID" | "GOTO_URL_IS_INVALID" | "LABEL_ID_IS_EMPTY" | "LABEL_VALUE_IS_EMPTY" | "LABEL_VALUE_INVALID" | "LABEL_NOT_EXISTS" | "RULE_CONTENT_INVALID" | "OPERATOR_IS_INVALID" | "SYSTEM_ERROR" | "EXTENSION_STATUS_INVALID" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.personalized.extension.create`: POST /v3/alipay/open/public/personalized/extension/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicPersonalizedExtensionCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicPersonalizedExtensionCreate, {});
 * ```
 */
export const alipayOpenPublicPersonalizedExtensionCreate: ApiDefinition<"alipay.open.public.personalized.extension.create", AlipayOpenPublicPersonalizedExtensionCreateRequest, AlipayOpenPublicPersonalizedExtensionCreateResult, AlipayOpenPublicPersonalizedExtensionCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.personalized.extension.create",
  'POST',
  () => ({ areas: [ExtensionAreaShape], label_rule: [LabelRuleShape] }),
  () => ({ extension_key: 0 }),
);
