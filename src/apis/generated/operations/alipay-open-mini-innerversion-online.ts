// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.online` (POST /v3/alipay/open/mini/innerversion/online: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionOnlineRequest = { app_offline_version: '…', app_online_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionOnlineRequest {
  app_offline_version?: string;
  app_online_version?: string;
  app_origin?: string;
  bundle_id?: string;
  inst_code?: string;
  mini_app_id?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.online`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionOnlineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionOnlineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.online` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionOnlineErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionOnlineErrorCode = "SYSTEM_ERROR" | "ONLINE_FAILURE" | "PARAMS_VALID_ERROR" | "MINI_APP_VERSION_NOT_EXISTS" | "MINI_APP_VERSION_STATUS_ILLEGAL";

/**
 * `alipay.open.mini.innerversion.online`: POST /v3/alipay/open/mini/innerversion/online over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionOnline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionOnline, { app_offline_version: '…', app_online_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionOnline: ApiDefinition<"alipay.open.mini.innerversion.online", AlipayOpenMiniInnerversionOnlineRequest, AlipayOpenMiniInnerversionOnlineResult, AlipayOpenMiniInnerversionOnlineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.online",
  'POST',
  () => ({ app_offline_version: 0, app_online_version: 0, app_origin: 0, bundle_id: 0, inst_code: 0, mini_app_id: 0 }),
  () => ({}),
);
