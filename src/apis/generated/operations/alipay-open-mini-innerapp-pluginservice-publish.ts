// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.pluginservice.publish` (POST /v3/alipay/open/mini/innerapp/pluginservice/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappPluginservicePublishRequest = { app_logo: '…', app_origin: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerappPluginservicePublishRequest {
  ability_type_list?: string[];
  app_logo?: string;
  app_origin?: string;
  description?: string;
  detail_for_client?: string;
  detail_for_pc?: string;
  mini_app_id?: string;
  sell_crowd?: string;
  show_type?: string;
  title?: string;
  visit_url_for_pc?: string;
}

/**
 * The result of `alipay.open.mini.innerapp.pluginservice.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappPluginservicePublishResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerappPluginservicePublishResult {
  ability_id?: string;
}

/**
 * The error codes of `alipay.open.mini.innerapp.pluginservice.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappPluginservicePublishErrorCode = "APP_ORIGIN_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniInnerappPluginservicePublishErrorCode = "APP_ORIGIN_NOT_EXIST" | "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "SYSTEM_ERROR" | "APPID_IS_BLANK" | "PUBLISH_PLUGIN_FAIL" | "PLUGIN_HAS_NO_ONLINE_VERSION" | "NOT_NORMAL_PLUGIN" | "PUBLISH_PLUGIN_DUPLICATE_FAIL" | "INVALID_SERVICE_TITLE_LENGTH" | "LOGO_IS_BLANK" | "INVALID_SERVICE_DESCRIPTION_LENGTH" | "ABILITY_TYPE_LIST_IS_BLANK" | "SELL_CROWD_INVALID" | "SHOW_TYPE_INVALID" | "INVALID_SERVICE_DETAIL_PC_LENGTH" | "INVALID_SERVICE_DETAIL_MOBILE_LENGTH" | "INVALID_PARAMS";

/**
 * `alipay.open.mini.innerapp.pluginservice.publish`: POST /v3/alipay/open/mini/innerapp/pluginservice/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappPluginservicePublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappPluginservicePublish, { app_logo: '…', app_origin: '…' });
 * ```
 */
export const alipayOpenMiniInnerappPluginservicePublish: ApiDefinition<"alipay.open.mini.innerapp.pluginservice.publish", AlipayOpenMiniInnerappPluginservicePublishRequest, AlipayOpenMiniInnerappPluginservicePublishResult, AlipayOpenMiniInnerappPluginservicePublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.pluginservice.publish",
  'POST',
  () => ({ ability_type_list: [0], app_logo: 0, app_origin: 0, description: 0, detail_for_client: 0, detail_for_pc: 0, mini_app_id: 0, sell_crowd: 0, show_type: 0, title: 0, visit_url_for_pc: 0 }),
  () => ({ ability_id: 0 }),
);
