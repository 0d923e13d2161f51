// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.gray.publish` (POST /v3/alipay/open/mini/innerversion/gray/publish: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionGrayPublishRequest = { app_origin: '…', app_version: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionGrayPublishRequest {
  app_origin?: string;
  app_version?: string;
  beta_app_id_list?: string[];
  bundle_id?: string;
  gray_strategy?: string;
  mini_app_id?: string;
  pid?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.gray.publish`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionGrayPublishResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionGrayPublishResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.gray.publish` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionGrayPublishErrorCode = "GRAY_ONLINE_FAILURE";
 * ```
 */
export type AlipayOpenMiniInnerversionGrayPublishErrorCode = "GRAY_ONLINE_FAILURE" | "PARAMS_VALID_ERROR" | "APP_INFO_NOT_EXISTS" | "APP_VERSION_NOT_EXIST" | "NO_PERMISSION" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST" | "CAN_NOT_GRAY_ALIBABA_PASS" | "CAN_NOT_GRAY_WITHOUT_AUDIT_PASS" | "PLUGIN_NOT_ALLOWED_GRAY";

/**
 * `alipay.open.mini.innerversion.gray.publish`: POST /v3/alipay/open/mini/innerversion/gray/publish over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionGrayPublish } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionGrayPublish, { app_origin: '…', app_version: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionGrayPublish: ApiDefinition<"alipay.open.mini.innerversion.gray.publish", AlipayOpenMiniInnerversionGrayPublishRequest, AlipayOpenMiniInnerversionGrayPublishResult, AlipayOpenMiniInnerversionGrayPublishErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.gray.publish",
  'POST',
  () => ({ app_origin: 0, app_version: 0, beta_app_id_list: [0], bundle_id: 0, gray_strategy: 0, mini_app_id: 0, pid: 0 }),
  () => ({}),
);
