// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.pluginuseconfig.cancel` (POST /v3/alipay/open/mini/innerapp/pluginuseconfig/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappPluginuseconfigCancelRequest = { app_origin: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerappPluginuseconfigCancelRequest {
  app_origin?: string;
  bundle_id?: string;
  mini_app_id?: string;
  plugin_dev_version?: string;
  plugin_id?: string;
}

/**
 * The result of `alipay.open.mini.innerapp.pluginuseconfig.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappPluginuseconfigCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerappPluginuseconfigCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerapp.pluginuseconfig.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappPluginuseconfigCancelErrorCode = "CAN_NOT_GRAY_EXIST_VERSION";
 * ```
 */
export type AlipayOpenMiniInnerappPluginuseconfigCancelErrorCode = "CAN_NOT_GRAY_EXIST_VERSION" | "CURRENT_VERSION_IS_ONLINE" | "APP_INFO_NOT_EXIST" | "PLUGIN_NOT_ORDERED";

/**
 * `alipay.open.mini.innerapp.pluginuseconfig.cancel`: POST /v3/alipay/open/mini/innerapp/pluginuseconfig/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappPluginuseconfigCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappPluginuseconfigCancel, { app_origin: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniInnerappPluginuseconfigCancel: ApiDefinition<"alipay.open.mini.innerapp.pluginuseconfig.cancel", AlipayOpenMiniInnerappPluginuseconfigCancelRequest, AlipayOpenMiniInnerappPluginuseconfigCancelResult, AlipayOpenMiniInnerappPluginuseconfigCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.pluginuseconfig.cancel",
  'POST',
  () => ({ app_origin: 0, bundle_id: 0, mini_app_id: 0, plugin_dev_version: 0, plugin_id: 0 }),
  () => ({}),
);
