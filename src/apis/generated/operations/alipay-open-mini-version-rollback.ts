// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.rollback` (POST /v3/alipay/open/mini/version/rollback: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionRollbackRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionRollbackRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.rollback`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionRollbackResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionRollbackResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.rollback` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionRollbackErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionRollbackErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "MINI_APP_NOT_ONLINE" | "CAN_NOT_ROLLBACK_WITHOUT_ONLINE" | "CAN_NOT_CONTINUOUS_ROLLBACK" | "CAN_NOT_ROLLBACK_WITH_GRAY" | "CAN_NOT_ROLLBACK_WITHOUT_OFFLINE" | "CAN_NOT_ROLLBACK_PUNISH" | "BUNDLE_ID_NOT_EXIST" | "APP_INFO_NOT_EXIST" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.version.rollback`: POST /v3/alipay/open/mini/version/rollback over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionRollback } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionRollback, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionRollback: ApiDefinition<"alipay.open.mini.version.rollback", AlipayOpenMiniVersionRollbackRequest, AlipayOpenMiniVersionRollbackResult, AlipayOpenMiniVersionRollbackErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.rollback",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
