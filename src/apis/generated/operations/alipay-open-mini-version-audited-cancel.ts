// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.audited.cancel` (POST /v3/alipay/open/mini/version/audited/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionAuditedCancelRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionAuditedCancelRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.audited.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionAuditedCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionAuditedCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.audited.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionAuditedCancelErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionAuditedCancelErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_BACK_DEV_WITHOUT_AUDIT" | "BUNDLE_ID_NOT_EXIST" | "MINIAPP_VERSION_NOT_EXSIT" | "APP_INFO_NOT_EXIST" | "INVALID_PARAMETER" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.version.audited.cancel`: POST /v3/alipay/open/mini/version/audited/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionAuditedCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionAuditedCancel, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionAuditedCancel: ApiDefinition<"alipay.open.mini.version.audited.cancel", AlipayOpenMiniVersionAuditedCancelRequest, AlipayOpenMiniVersionAuditedCancelResult, AlipayOpenMiniVersionAuditedCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.audited.cancel",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
