// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.experience.create` (POST /v3/alipay/open/mini/experience/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniExperienceCreateRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniExperienceCreateRequest {
  app_version?: string;
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.experience.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniExperienceCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniExperienceCreateResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.experience.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniExperienceCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniExperienceCreateErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_SET_EXP_REPEAT" | "CAN_NOT_SET_EXP_INVALID_STATUS" | "CAN_NOT_SET_WITHOUT_SCAN_PASS" | "INVALID_PARAMS" | "APP_INFO_NOT_EXIST" | "MINI_APP_NOT_ONLINE" | "CLIENT_TYPE_REQUIRED" | "CAN_NOT_SET_EXP_WITH_ONLINED_STATUS" | "MINI_APP_VERSION_ITERATION_EXIST";

/**
 * `alipay.open.mini.experience.create`: POST /v3/alipay/open/mini/experience/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniExperienceCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniExperienceCreate, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniExperienceCreate: ApiDefinition<"alipay.open.mini.experience.create", AlipayOpenMiniExperienceCreateRequest, AlipayOpenMiniExperienceCreateResult, AlipayOpenMiniExperienceCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.experience.create",
  'POST',
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({}),
);
