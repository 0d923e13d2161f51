// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.pluginuseconfig.online` (POST /v3/alipay/open/mini/innerapp/pluginuseconfig/online: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappPluginuseconfigOnlineRequest = { app_origin: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerappPluginuseconfigOnlineRequest {
  app_origin?: string;
  bundle_id?: string;
  mini_app_id?: string;
  plugin_dev_version?: string;
  plugin_id?: string;
}

/**
 * The result of `alipay.open.mini.innerapp.pluginuseconfig.online`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappPluginuseconfigOnlineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerappPluginuseconfigOnlineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerapp.pluginuseconfig.online` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappPluginuseconfigOnlineErrorCode = "INVALID_PARAMS";
 * ```
 */
export type AlipayOpenMiniInnerappPluginuseconfigOnlineErrorCode = "INVALID_PARAMS" | "PLUGIN_NOT_ORDERED" | "APP_INFO_NOT_EXIST" | "CAN_NOT_GRAY_EXIST_VERSION" | "CURRENT_VERSION_IS_ONLINE";

/**
 * `alipay.open.mini.innerapp.pluginuseconfig.online`: POST /v3/alipay/open/mini/innerapp/pluginuseconfig/online over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappPluginuseconfigOnline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappPluginuseconfigOnline, { app_origin: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniInnerappPluginuseconfigOnline: ApiDefinition<"alipay.open.mini.innerapp.pluginuseconfig.online", AlipayOpenMiniInnerappPluginuseconfigOnlineRequest, AlipayOpenMiniInnerappPluginuseconfigOnlineResult, AlipayOpenMiniInnerappPluginuseconfigOnlineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.pluginuseconfig.online",
  'POST',
  () => ({ app_origin: 0, bundle_id: 0, mini_app_id: 0, plugin_dev_version: 0, plugin_id: 0 }),
  () => ({}),
);
