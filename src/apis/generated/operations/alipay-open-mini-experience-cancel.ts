// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.experience.cancel` (POST /v3/alipay/open/mini/experience/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniExperienceCancelRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniExperienceCancelRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.experience.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniExperienceCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniExperienceCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.experience.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniExperienceCancelErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniExperienceCancelErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_CANCEL_WITHOUT_PACKAGED" | "MINI_APP_NOT_ONLINE" | "APPID_IS_BLANK" | "BUNDLE_ID_NOT_EXIST" | "CAN_NOT_CANCEL_EXP_WITH_INVALID_STATUS" | "INVALID_PARAMS";

/**
 * `alipay.open.mini.experience.cancel`: POST /v3/alipay/open/mini/experience/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniExperienceCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniExperienceCancel, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniExperienceCancel: ApiDefinition<"alipay.open.mini.experience.cancel", AlipayOpenMiniExperienceCancelRequest, AlipayOpenMiniExperienceCancelResult, AlipayOpenMiniExperienceCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.experience.cancel",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
