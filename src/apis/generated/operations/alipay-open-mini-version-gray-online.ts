// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.gray.online` (POST /v3/alipay/open/mini/version/gray/online: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionGrayOnlineRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionGrayOnlineRequest {
  app_version?: string;
  bundle_id?: string;
  gray_strategy?: string;
}

/**
 * The result of `alipay.open.mini.version.gray.online`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionGrayOnlineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionGrayOnlineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.gray.online` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionGrayOnlineErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionGrayOnlineErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "GRAY_STRATEGY_IS_BLANK" | "GRAY_STRATEGY_IS_INVALID" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "MINI_APP_NOT_ONLINE" | "GRAY_STRATEGY_NOT_ALLOW_REDUCE" | "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS" | "BUNDLE_ID_NOT_EXIST" | "CAN_NOT_GRAY_WITHOUT_INNER_PASS" | "MINIAPP_VERSION_NOT_EXSIT" | "CAN_NOT_GRAY_WITH_RISK_VERSION" | "APP_OPERATOR_QUERY_ERROR" | "CREATE_GRAY_RULE_ERROR" | "EXECUTE_GRAY_FAILED" | "APP_INFO_NOT_EXIST";

/**
 * `alipay.open.mini.version.gray.online`: POST /v3/alipay/open/mini/version/gray/online over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionGrayOnline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionGrayOnline, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionGrayOnline: ApiDefinition<"alipay.open.mini.version.gray.online", AlipayOpenMiniVersionGrayOnlineRequest, AlipayOpenMiniVersionGrayOnlineResult, AlipayOpenMiniVersionGrayOnlineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.gray.online",
  'POST',
  () => ({ app_version: 0, bundle_id: 0, gray_strategy: 0 }),
  () => ({}),
);
