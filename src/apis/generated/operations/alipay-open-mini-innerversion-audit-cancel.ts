// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.audit.cancel` (POST /v3/alipay/open/mini/innerversion/audit/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionAuditCancelRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionAuditCancelRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  mini_app_id?: string;
  pid?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.audit.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionAuditCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionAuditCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.audit.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionAuditCancelErrorCode = "APPID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerversionAuditCancelErrorCode = "APPID_IS_BLANK" | "VERSION_IS_BLANK" | "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "TINYAPP_STATUS_INVALID" | "MULTI_CLIENT_NOT_PACKAGED_STATUS" | "APPSTORE_RPC_INVOKE_ERROR" | "NO_PERMISSION" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST";

/**
 * `alipay.open.mini.innerversion.audit.cancel`: POST /v3/alipay/open/mini/innerversion/audit/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionAuditCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionAuditCancel, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionAuditCancel: ApiDefinition<"alipay.open.mini.innerversion.audit.cancel", AlipayOpenMiniInnerversionAuditCancelRequest, AlipayOpenMiniInnerversionAuditCancelResult, AlipayOpenMiniInnerversionAuditCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.audit.cancel",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, mini_app_id: 0, pid: 0 }),
  () => ({}),
);
