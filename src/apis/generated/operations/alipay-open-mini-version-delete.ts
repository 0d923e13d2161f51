// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.delete` (POST /v3/alipay/open/mini/version/delete: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionDeleteRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionDeleteRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionDeleteErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionDeleteErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_NOT_ONLINE" | "CAN_NOT_DELETE_WITHOUT_DEV" | "CAN_NOT_DELETE_WITH_SCANNING" | "CAN_NOT_DELETE_WITH_EXPERIENCE" | "BUNDLE_ID_NOT_EXIST" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_DELETE_WITH_INSTANTIATE" | "APP_INFO_NOT_EXIST" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.version.delete`: POST /v3/alipay/open/mini/version/delete over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionDelete, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionDelete: ApiDefinition<"alipay.open.mini.version.delete", AlipayOpenMiniVersionDeleteRequest, AlipayOpenMiniVersionDeleteResult, AlipayOpenMiniVersionDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.delete",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
