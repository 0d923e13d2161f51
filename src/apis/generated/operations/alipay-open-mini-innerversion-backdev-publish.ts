// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.backdev.publish` (POST /v3/alipay/open/mini/innerversion/backdev/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionBackdevPublishRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionBackdevPublishRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  mini_app_id?: string;
  pid?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.backdev.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionBackdevPublishResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionBackdevPublishResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.backdev.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionBackdevPublishErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionBackdevPublishErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_BACK_DEV_WITHOUT_AUDIT" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST" | "APP_INFO_NOT_EXIST";

/**
 * `alipay.open.mini.innerversion.backdev.publish`: POST /v3/alipay/open/mini/innerversion/backdev/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionBackdevPublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionBackdevPublish, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionBackdevPublish: ApiDefinition<"alipay.open.mini.innerversion.backdev.publish", AlipayOpenMiniInnerversionBackdevPublishRequest, AlipayOpenMiniInnerversionBackdevPublishResult, AlipayOpenMiniInnerversionBackdevPublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.backdev.publish",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, mini_app_id: 0, pid: 0 }),
  () => ({}),
);
