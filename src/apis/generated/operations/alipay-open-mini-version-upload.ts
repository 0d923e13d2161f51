// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.upload` (POST /v3/alipay/open/mini/version/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionUploadRequest = { app_version: '…', bundle_id: '…' };
 * ```
 */
export interface AlipayOpenMiniVersionUploadRequest {
  app_version?: string;
  bundle_id?: string;
  ext?: string;
  template_id?: string;
  template_version?: string;
}

/**
 * The result of `alipay.open.mini.version.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniVersionUploadResult {
  build_status?: string;
  create_status?: string;
  need_rotation?: string;
  version_created?: string;
}

/**
 * The error codes of `alipay.open.mini.version.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionUploadErrorCode = "SYSTEM_ERROR" | "APP_VERSION_IS_BLANK" | "TEMPLATE_ID_IS_BLANK" | "CODE_TEMPLATE_NOT_EXIST" | "CODE_TEMPLATE_NOT_SAFE" | "CODE_TEMPLATE_DELETED" | "NO_AUTH_RELATION" | "VERSION_HAS_EXISTED" | "LARGER_VERSION_HAS_EXISTED" | "APPLICATION_TYPE_NOT_MINIAPP" | "ISV_APP_ID_IS_BLANK" | "INVALID_VERSION" | "DEV_VERSION_EXCEED_MAX_COUNT" | "TEMPLATE_NOT_ONLINE_OR_OFFLINE" | "MINI_APP_PACKAGE_INFO_NOT_EXIST" | "TEMPLATE_MINIAPP_NOT_ALLOWED" | "VERSION_EXCEEDED_LENGTH" | "TEMPLATE_ID_ISVAPPID_NOT_MATCH" | "BUNDLE_ID_NOT_EXIST" | "INVALID_EXT_JSON" | "APP_INFO_NOT_EXIST" | "APP_TYPE_ERROR" | "TEMPLATE_STATUS_PUNISHED" | "TEMPLATE_STATUS_CAN_NOT_BUILD" | "INVALID_PARAMS" | "TEMPLATE_EXTRA_INFO_INVALID" | "APP_TO_APP_AUTH_FAIL" | "BUILD_VERSION_COMPARE_ERROR" | "UPDATE_PLUGIN_SERVICE_FAIL";

/**
 * `alipay.open.mini.version.upload`: POST /v3/alipay/open/mini/version/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionUpload, { app_version: '…', bundle_id: '…' });
 * ```
 */
export const alipayOpenMiniVersionUpload: ApiDefinition<"alipay.open.mini.version.upload", AlipayOpenMiniVersionUploadRequest, AlipayOpenMiniVersionUploadResult, AlipayOpenMiniVersionUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.upload",
  'POST',
  () => ({ app_version: 0, bundle_id: 0, ext: 0, template_id: 0, template_version: 0 }),
  () => ({ build_status: 0, create_status: 0, need_rotation: 0, version_created: 0 }),
);
