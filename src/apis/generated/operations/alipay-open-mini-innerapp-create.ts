// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.create` (POST /v3/alipay/open/mini/innerapp/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappCreateRequest = { app_category_ids: '…', app_desc: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerappCreateRequest {
  app_category_ids?: string;
  app_desc?: string;
  app_english_name?: string;
  app_logo?: string;
  app_name?: string;
  app_origin?: string;
  app_slogan?: string;
  app_sub_type?: string;
  app_type?: string;
  isv_app_id?: string;
  mini_app_id?: string;
  mini_category_ids?: string;
  pid?: string;
  service_email?: string;
  service_phone?: string;
}

/**
 * The result of `alipay.open.mini.innerapp.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerappCreateResult {
  mini_app_id?: string;
}

/**
 * The error codes of `alipay.open.mini.innerapp.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappCreateErrorCode = "INVALID_PARAMS_WARN";
 * ```
 */
export type AlipayOpenMiniInnerappCreateErrorCode = "INVALID_PARAMS_WARN" | "APP_NAME_IS_BLANK" | "INVALID_MINI_APP_NAME" | "INVALID_MINI_APP_NAME_LENGTH" | "ENGLISH_NAME_IS_BLANK" | "INVALID_MINI_APP_EN_NAME" | "INVALID_MINI_APP_EN_NAME_LENGTH" | "SLOGAN_IS_BLANK" | "INVALID_MINI_APP_SLOGAN_LENGTH" | "SERVICE_TEL_IS_BLANK" | "INVALID_MINI_APP_SERVICE_TEL" | "CATEGORY_IS_BLANK" | "CATEGORY_NUM_IS_INVALID" | "APP_DESC_IS_BLANK" | "MINI_APP_NAME_DUPLICATE" | "MINI_APP_EN_NAME_DUPLICATE" | "INVALID_CATEGORY" | "INVALID_MINI_APP_DESC_LENGTH" | "SUB_APPLICATION_TYPE_ERROR" | "INVALID_PARAMS" | "APP_ORIGIN_NOT_EXIST" | "RISK_DECISION_CHECK_FAIL" | "LOGO_IS_BLANK" | "DESCRIPTION_IS_BLANK" | "SERVICE_TEL_AND_MAIL_BOTH_BLANK" | "ISV_APP_ID_IS_BLANK" | "MINI_APP_ID_EXIST" | "CREATE_MINI_APP_EXCEED_MAX_COUNT" | "APP_ID_ILLEGAL" | "APP_ID_EXIST" | "INVALID_MINI_PLUGIN_NAME";

/**
 * `alipay.open.mini.innerapp.create`: POST /v3/alipay/open/mini/innerapp/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappCreate, { app_category_ids: '…', app_desc: '…' });
 * ```
 */
export const alipayOpenMiniInnerappCreate: ApiDefinition<"alipay.open.mini.innerapp.create", AlipayOpenMiniInnerappCreateRequest, AlipayOpenMiniInnerappCreateResult, AlipayOpenMiniInnerappCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.create",
  'POST',
  () => ({ app_category_ids: 0, app_desc: 0, app_english_name: 0, app_logo: 0, app_name: 0, app_origin: 0, app_slogan: 0, app_sub_type: 0, app_type: 0, isv_app_id: 0, mini_app_id: 0, mini_category_ids: 0, pid: 0, service_email: 0, service_phone: 0 }),
  () => ({ mini_app_id: 0 }),
);
