// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.service.apply` (POST /v3/alipay/open/app/service/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppServiceApplyRequest = { category_id: '…', out_biz_no: '…' };
 * ```
 */
export interface AlipayOpenAppServiceApplyRequest {
  category_id?: string;
  out_biz_no?: string;
  schema_version?: string;
  service_code?: string;
  service_xml?: string;
  template_type?: string;
  user_service_delivery_type?: string;
}

/**
 * The result of `alipay.open.app.service.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppServiceApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppServiceApplyResult {
  service_code?: string;
}

/**
 * The error codes of `alipay.open.app.service.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppServiceApplyErrorCode = "XML_FORMAT_ERROR";
 * ```
 */
export type AlipayOpenAppServiceApplyErrorCode = "XML_FORMAT_ERROR" | "ATTR_MISS_ID" | "ATTR_MISS_TYPE" | "ATTR_TYPE_ERROR" | "ATTR_VALUE_ERROR" | "ATTR_VALUETYPE_ERROR" | "ATTR_RULE_NAME_ERROR" | "ATTR_RULE_VALUE_ERROR" | "ATTR_RULE_TYPE_ERROR" | "OPTION_NAME_ERROR" | "OPTION_VALUE_ERROR" | "ADDRESS_OR_CITYCODE_ERROR" | "SHOP_ID_IS_ERROR" | "ATTR_NOT_MATCH_SERVICE_SCHEMA" | "MINI_APP_NOT_ONLINE" | "SERVICE_URL_REPEAT_ERROR" | "SERVICE_NAME_REPEAT_ERROR" | "PERMISSION_CHECK_ERROR" | "SERVICE_NULL" | "SERVICE_IS_INVALID" | "SERVICE_URL_ERROR" | "ATTR_RULE_CHECK_ERROR" | "BIZ_ERROR" | "INVALID_PARAMETER" | "AREA_CODE_ERROR" | "IDEMPOTENT_CONFLICTED" | "SERVICE_APPID_NOT_IN_URL" | "SERVICE_NOT_EXIST" | "SYSTEM_ERROR" | "SERVICE_STATUS_NOT_EDITABLE";

/**
 * `alipay.open.app.service.apply`: POST /v3/alipay/open/app/service/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppServiceApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppServiceApply, { category_id: '…', out_biz_no: '…' });
 * ```
 */
export const alipayOpenAppServiceApply: ApiDefinition<"alipay.open.app.service.apply", AlipayOpenAppServiceApplyRequest, AlipayOpenAppServiceApplyResult, AlipayOpenAppServiceApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.service.apply",
  'POST',
  () => ({ category_id: 0, out_biz_no: 0, schema_version: 0, service_code: 0, service_xml: 0, template_type: 0, user_service_delivery_type: 0 }),
  () => ({ service_code: 0 }),
);
