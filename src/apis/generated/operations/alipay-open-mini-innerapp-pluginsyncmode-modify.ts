// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.pluginsyncmode.modify` (POST /v3/alipay/open/mini/innerapp/pluginsyncmode/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappPluginsyncmodeModifyRequest = { app_origin: '…', mini_app_id: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerappPluginsyncmodeModifyRequest {
  app_origin?: string;
  mini_app_id?: string;
  plugin_id?: string;
  sync_mode?: string;
}

/**
 * The result of `alipay.open.mini.innerapp.pluginsyncmode.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappPluginsyncmodeModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerappPluginsyncmodeModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerapp.pluginsyncmode.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappPluginsyncmodeModifyErrorCode = "INVALID_PARAMS";
 * ```
 */
export type AlipayOpenMiniInnerappPluginsyncmodeModifyErrorCode = "INVALID_PARAMS" | "UPDATE_PLUGIN_SERVICE_FAIL" | "SUB_APPLICATION_TYPE_ERROR";

/**
 * `alipay.open.mini.innerapp.pluginsyncmode.modify`: POST /v3/alipay/open/mini/innerapp/pluginsyncmode/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappPluginsyncmodeModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappPluginsyncmodeModify, { app_origin: '…', mini_app_id: '…' });
 * ```
 */
export const alipayOpenMiniInnerappPluginsyncmodeModify: ApiDefinition<"alipay.open.mini.innerapp.pluginsyncmode.modify", AlipayOpenMiniInnerappPluginsyncmodeModifyRequest, AlipayOpenMiniInnerappPluginsyncmodeModifyResult, AlipayOpenMiniInnerappPluginsyncmodeModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.pluginsyncmode.modify",
  'POST',
  () => ({ app_origin: 0, mini_app_id: 0, plugin_id: 0, sync_mode: 0 }),
  () => ({}),
);
