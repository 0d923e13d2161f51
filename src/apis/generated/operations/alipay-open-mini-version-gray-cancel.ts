// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.gray.cancel` (POST /v3/alipay/open/mini/version/gray/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionGrayCancelRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionGrayCancelRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.gray.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionGrayCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniVersionGrayCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.version.gray.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionGrayCancelErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionGrayCancelErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_END_GRAY_WITHOUT_GRAY" | "MINI_APP_NOT_ONLINE" | "BUNDLE_ID_NOT_EXIST" | "MINI_APP_VERSION_NOT_EXIST" | "MINI_APP_VERSION_STATUS_ILLEGAL" | "CAN_NOT_CANCEL_GRAY_WITH_DIFF_DW" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.version.gray.cancel`: POST /v3/alipay/open/mini/version/gray/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionGrayCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionGrayCancel, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionGrayCancel: ApiDefinition<"alipay.open.mini.version.gray.cancel", AlipayOpenMiniVersionGrayCancelRequest, AlipayOpenMiniVersionGrayCancelResult, AlipayOpenMiniVersionGrayCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.gray.cancel",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
