// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.plugin.order` (POST /v3/alipay/open/mini/innerapp/plugin/order: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappPluginOrderRequest = { app_origin: '…', merchandise_id: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerappPluginOrderRequest {
  app_origin?: string;
  merchandise_id?: string;
  mini_app_id?: string;
  request_id?: string;
}

/**
 * The result of `alipay.open.mini.innerapp.plugin.order`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappPluginOrderResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerappPluginOrderResult {
  order_id?: string;
}

/**
 * The error codes of `alipay.open.mini.innerapp.plugin.order` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappPluginOrderErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenMiniInnerappPluginOrderErrorCode = "INVALID_PARAMETER" | "PLUGIN_CAN_NOT_ORDER" | "SYSTEM_ERROR" | "APP_ORIGIN_NOT_EXIST" | "INVALID_PARAMS" | "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "SUB_APPLICATION_TYPE_ERROR" | "NO_PERMISSION" | "BIZ_ERROR";

/**
 * `alipay.open.mini.innerapp.plugin.order`: POST /v3/alipay/open/mini/innerapp/plugin/order over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappPluginOrder } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappPluginOrder, { app_origin: '…', merchandise_id: '…' });
 * ```
 */
export const alipayOpenMiniInnerappPluginOrder: ApiDefinition<"alipay.open.mini.innerapp.plugin.order", AlipayOpenMiniInnerappPluginOrderRequest, AlipayOpenMiniInnerappPluginOrderResult, AlipayOpenMiniInnerappPluginOrderErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.plugin.order",
  'POST',
  () => ({ app_origin: 0, merchandise_id: 0, mini_app_id: 0, request_id: 0 }),
  () => ({ order_id: 0 }),
);
