// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.audit.cancel` (POST /v3/alipay/open/mini/version/audit/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionAuditCancelRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionAuditCancelRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.audit.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionAuditCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionAuditCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.audit.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionAuditCancelErrorCode = "APPID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniVersionAuditCancelErrorCode = "APPID_IS_BLANK" | "AUDITING_VERSION_NOT_EXIST" | "APP_INFO_NOT_EXIST" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "TINYAPP_STATUS_INVALID" | "MULTI_CLIENT_NOT_PACKAGED_STATUS" | "APPSTORE_RPC_INVOKE_ERROR" | "BUNDLE_ID_NOT_EXIST" | "INVALID_VERSION_STATUS" | "SYSTEM_ERROR" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.version.audit.cancel`: POST /v3/alipay/open/mini/version/audit/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionAuditCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionAuditCancel, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionAuditCancel: ApiDefinition<"alipay.open.mini.version.audit.cancel", AlipayOpenMiniVersionAuditCancelRequest, AlipayOpenMiniVersionAuditCancelResult, AlipayOpenMiniVersionAuditCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.audit.cancel",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
