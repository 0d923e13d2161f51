// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.offline` (POST /v3/alipay/open/mini/version/offline: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionOfflineRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionOfflineRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.offline`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionOfflineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionOfflineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.offline` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionOfflineErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionOfflineErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_OFFLINE_WITHOUT_ONLINE" | "CAN_NOT_OFFLINE_WITH_GRAY" | "MINI_APP_NOT_ONLINE" | "BUNDLE_ID_NOT_EXIST" | "APP_INFO_NOT_EXIST" | "MINI_APP_VERSION_NOT_EXIST" | "TEMPLATE_NOT_ALLOWED_OFFLINE" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.version.offline`: POST /v3/alipay/open/mini/version/offline over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionOffline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionOffline, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionOffline: ApiDefinition<"alipay.open.mini.version.offline", AlipayOpenMiniVersionOfflineRequest, AlipayOpenMiniVersionOfflineResult, AlipayOpenMiniVersionOfflineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.offline",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
