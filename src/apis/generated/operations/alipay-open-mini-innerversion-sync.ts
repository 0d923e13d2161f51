// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.sync` (POST /v3/alipay/open/mini/innerversion/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionSyncRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionSyncRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  dev_id?: string;
  mini_app_id?: string;
  sync_type?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionSyncResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionSyncResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionSyncErrorCode = "APP_INFO_NOT_EXIST";
 * ```
 */
export type AlipayOpenMiniInnerversionSyncErrorCode = "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "APP_ORIGIN_IS_BLANK" | "APP_ORIGIN_NOT_EXIST" | "SYNC_TYPE_IS_BLANK" | "SYNC_TYPE_NOT_EXIST" | "BUNDLE_ID_IS_BLANK" | "BUNDLE_ID_NOT_EXIST" | "BUNDLE_ID_NOT_IN_SYNC" | "SYNC_WITHOUT_ONLINE_ERROR" | "PKGCORE_INVOKE_ERROR" | "SYSTEM_ERROR" | "MINICORE_INVOKE_ERROR";

/**
 * `alipay.open.mini.innerversion.sync`: POST /v3/alipay/open/mini/innerversion/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionSync, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionSync: ApiDefinition<"alipay.open.mini.innerversion.sync", AlipayOpenMiniInnerversionSyncRequest, AlipayOpenMiniInnerversionSyncResult, AlipayOpenMiniInnerversionSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.sync",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, dev_id: 0, mini_app_id: 0, sync_type: 0 }),
  () => ({}),
);
