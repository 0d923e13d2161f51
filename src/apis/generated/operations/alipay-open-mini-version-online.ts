// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.online` (POST /v3/alipay/open/mini/version/online: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionOnlineRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionOnlineRequest {
  app_version?: string;
  bundle_id?: string;
  downgrade?: boolean;
  permit_registration_limit_release?: boolean;
}

/**
 * The result of `alipay.open.mini.version.online`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionOnlineResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionOnlineResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.online` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionOnlineErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionOnlineErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_ONLINE_WITHOUT_GRAY" | "MINI_APP_NOT_ONLINE" | "CAN_NOT_ONLINE_WITHOUT_AUDIT" | "MINI_APP_VERSION_NOT_EXIST" | "CAN_NOT_ONLINE_NOT_GRAY_OR_WAITRELEASE" | "CAN_NOT_ONLINE_NO_PROMOTE" | "APP_INFO_NOT_EXIST" | "MERCHANT_NOT_EXESIT" | "CAN_NOT_ONLINE_WITHOUT_REGISTRATION" | "DEVELOPER_INFO_NOT_EXIST" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.version.online`: POST /v3/alipay/open/mini/version/online over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionOnline } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionOnline, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionOnline: ApiDefinition<"alipay.open.mini.version.online", AlipayOpenMiniVersionOnlineRequest, AlipayOpenMiniVersionOnlineResult, AlipayOpenMiniVersionOnlineErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.online",
  'POST',
  () => ({ app_version: 0, bundle_id: 0, downgrade: 2, permit_registration_limit_release: 2 }),
  () => ({}),
);
