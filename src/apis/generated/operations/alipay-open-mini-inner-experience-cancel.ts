// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.inner.experience.cancel` (POST /v3/alipay/open/mini/inner/experience/cancel: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerExperienceCancelRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerExperienceCancelRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  mini_app_id?: string;
  oid?: string;
  operator_id?: string;
}

/**
 * The result of `alipay.open.mini.inner.experience.cancel`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerExperienceCancelResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerExperienceCancelResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.inner.experience.cancel` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerExperienceCancelErrorCode = "INNER_APP_ID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerExperienceCancelErrorCode = "INNER_APP_ID_IS_BLANK" | "INNER_VERSION_IS_BLANK" | "INNER_APP_ORIGIN_IS_BLANK" | "INNER_APP_ORIGIN_NOT_EXIT" | "APPID_NOT_EXIST" | "NOT_TINYAPP";

/**
 * `alipay.open.mini.inner.experience.cancel`: POST /v3/alipay/open/mini/inner/experience/cancel over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerExperienceCancel } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerExperienceCancel, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerExperienceCancel: ApiDefinition<"alipay.open.mini.inner.experience.cancel", AlipayOpenMiniInnerExperienceCancelRequest, AlipayOpenMiniInnerExperienceCancelResult, AlipayOpenMiniInnerExperienceCancelErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.inner.experience.cancel",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, mini_app_id: 0, oid: 0, operator_id: 0 }),
  () => ({}),
);
