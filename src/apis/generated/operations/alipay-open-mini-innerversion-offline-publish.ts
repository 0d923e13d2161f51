// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.offline.publish` (POST /v3/alipay/open/mini/innerversion/offline/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionOfflinePublishRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionOfflinePublishRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  mini_app_id?: string;
  pid?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.offline.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionOfflinePublishResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionOfflinePublishResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.offline.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionOfflinePublishErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionOfflinePublishErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "MINI_APP_NOT_ONLINE" | "NO_PERMISSION" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST";

/**
 * `alipay.open.mini.innerversion.offline.publish`: POST /v3/alipay/open/mini/innerversion/offline/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionOfflinePublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionOfflinePublish, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionOfflinePublish: ApiDefinition<"alipay.open.mini.innerversion.offline.publish", AlipayOpenMiniInnerversionOfflinePublishRequest, AlipayOpenMiniInnerversionOfflinePublishResult, AlipayOpenMiniInnerversionOfflinePublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.offline.publish",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, mini_app_id: 0, pid: 0 }),
  () => ({}),
);
