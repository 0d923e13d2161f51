// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.online.publish` (POST /v3/alipay/open/mini/innerversion/online/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionOnlinePublishRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionOnlinePublishRequest {
  app_origin?: string;
  app_version?: string;
  bundle_id?: string;
  downgrade?: boolean;
  mini_app_id?: string;
  pid?: string;
  release_type?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.online.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionOnlinePublishResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionOnlinePublishResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.online.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionOnlinePublishErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionOnlinePublishErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "APPLICATION_TYPE_NOT_MINIAPP" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "CAN_NOT_ONLINE_WITHOUT_GRAY" | "MINI_APP_NOT_ONLINE" | "NO_PERMISSION" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST" | "CAN_NOT_ONLINE_WITHOUT_AUDIT";

/**
 * `alipay.open.mini.innerversion.online.publish`: POST /v3/alipay/open/mini/innerversion/online/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionOnlinePublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionOnlinePublish, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionOnlinePublish: ApiDefinition<"alipay.open.mini.innerversion.online.publish", AlipayOpenMiniInnerversionOnlinePublishRequest, AlipayOpenMiniInnerversionOnlinePublishResult, AlipayOpenMiniInnerversionOnlinePublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.online.publish",
  'POST',
  () => ({ app_origin: 0, app_version: 0, bundle_id: 0, downgrade: 2, mini_app_id: 0, pid: 0, release_type: 0 }),
  () => ({}),
);
