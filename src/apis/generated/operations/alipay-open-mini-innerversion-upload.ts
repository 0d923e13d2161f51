// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MiniAppPluginReference, MiniAppPluginReferenceShape } from '../models/MiniAppPluginReference.ts';

/**
 * The request of `alipay.open.mini.innerversion.upload` (POST /v3/alipay/open/mini/innerversion/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionUploadRequest = { app_origin: '…', build_app_type: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionUploadRequest {
  app_origin?: string;
  build_app_type?: string;
  build_extra_info?: string;
  build_extra_mini_project_config?: string;
  build_js_permission?: string;
  build_main_url?: string;
  build_max_android_client_version?: string;
  build_max_ios_client_version?: string;
  build_min_android_client_version?: string;
  build_min_ios_client_version?: string;
  build_package_md_5?: string;
  build_package_name?: string;
  build_package_stream?: string;
  build_qcloud_info?: string;
  build_signed_pkg_url?: string;
  build_source_pkg_size?: string;
  build_source_pkg_url?: string;
  build_sub_url?: string;
  build_version?: string;
  builded_package_size?: string;
  builded_package_url?: string;
  bundle_id?: string;
  client_type?: string;
  inst_code?: string;
  mini_app_id?: string;
  plugin_refs?: MiniAppPluginReference[];
}

/**
 * The result of `alipay.open.mini.innerversion.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionUploadResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionUploadResult {
  build_info?: string;
  build_package_url?: string;
  build_status?: string;
  build_version?: string;
  need_rotation?: string;
  new_build_package_url?: string;
  package_id?: string;
  version_created?: string;
}

/**
 * The error codes of `alipay.open.mini.innerversion.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionUploadErrorCode = "SYSTEM_ERROR" | "DEV_VERSION_EXCEED_MAX_COUNT" | "APP_NOT_EXSIT" | "START_BUILD_ERROR" | "BUILD_DATA_ERROR" | "VERSION_EXCEEDED_LENGTH" | "PACKAGE_VERSION_IS_BLANK" | "CLIENT_VERSION_HAS_NULL" | "MIN_CLIENT_VERSION_GREATER_THAN_" | "INVALID_MAX_CLIENT_VERSION" | "INVALID_CLIENT_VERSION" | "BUILD_VERSION_ALREADY_EXIST" | "BIZ_ERROR" | "PLUGIN_REF_OVER_LIMIT" | "DATA_DUPLICATE_WITH_BUILD" | "PLUGIN__NOT_ORDERED" | "APP_INFO_NOT_EXIST" | "PLUGIN_NOT_EXIST" | "PLUGIN_PACKAGE_NOT_FOUND";

/**
 * `alipay.open.mini.innerversion.upload`: POST /v3/alipay/open/mini/innerversion/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionUpload, { app_origin: '…', build_app_type: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionUpload: ApiDefinition<"alipay.open.mini.innerversion.upload", AlipayOpenMiniInnerversionUploadRequest, AlipayOpenMiniInnerversionUploadResult, AlipayOpenMiniInnerversionUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.upload",
  'POST',
  () => ({ app_origin: 0, build_app_type: 0, build_extra_info: 0, build_extra_mini_project_config: 0, build_js_permission: 0, build_main_url: 0, build_max_android_client_version: 0, build_max_ios_client_version: 0, build_min_android_client_version: 0, build_min_ios_client_version: 0, build_package_md_5: 0, build_package_name: 0, build_package_stream: 0, build_qcloud_info: 0, build_signed_pkg_url: 0, build_source_pkg_size: 0, build_source_pkg_url: 0, build_sub_url: 0, build_version: 0, builded_package_size: 0, builded_package_url: 0, bundle_id: 0, client_type: 0, inst_code: 0, mini_app_id: 0, plugin_refs: [MiniAppPluginReferenceShape] }),
  () => ({ build_info: 0, build_package_url: 0, build_status: 0, build_version: 0, need_rotation: 0, new_build_package_url: 0, package_id: 0, version_created: 0 }),
);
