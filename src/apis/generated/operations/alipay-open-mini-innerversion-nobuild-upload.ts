// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MiniAppPluginReference, MiniAppPluginReferenceShape } from '../models/MiniAppPluginReference.ts';

/**
 * The request of `alipay.open.mini.innerversion.nobuild.upload` (POST /v3/alipay/open/mini/innerversion/nobuild/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionNobuildUploadRequest = { build_extra_info: '…', build_js_permission: '…' };
 * ```
 */
export interface AlipayOpenMiniInnerversionNobuildUploadRequest {
  build_extra_info?: string;
  build_js_permission?: string;
  build_main_url?: string;
  build_qcloud_info?: string;
  build_version?: string;
  builded_package_size?: string;
  builded_package_url?: string;
  builded_plugin_size?: string;
  builded_plugin_url?: string;
  bundle_id?: string;
  components?: string;
  inst_code?: string;
  mini_app_id?: string;
  new_builded_package_size?: string;
  new_builded_package_url?: string;
  new_builded_plugin_size?: string;
  new_builded_plugin_url?: string;
  no_sign?: boolean;
  plugin_refs?: MiniAppPluginReference[];
  sub_packages?: SubPackageInfo[];
}

/**
 * The result of `alipay.open.mini.innerversion.nobuild.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionNobuildUploadResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniInnerversionNobuildUploadResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.innerversion.nobuild.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionNobuildUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionNobuildUploadErrorCode = "SYSTEM_ERROR" | "DEV_VERSION_EXCEED_MAX_COUNT" | "APP_NOT_EXSIT" | "VERSION_EXCEEDED_LENGTH" | "PACKAGE_VERSION_IS_BLANK" | "BUILD_VERSION_ALREADY_EXIST" | "BIZ_ERROR" | "PLUGIN_REF_OVER_LIMIT" | "DATA_DUPLICATE_WITH_BUILD" | "APP_INFO_NOT_EXIST" | "PLUGIN_NOT_EXIST" | "PLUGIN_PACKAGE_NOT_FOUND" | "PACKAGE_SIZE_IS_BLANK" | "SUB_PACKAGE_PARAM_EXIST_EMPTY" | "BUILD_VERSION_COMPARE_ERROR" | "START_BUILD_ERROR" | "BUNDLE_ID_NOT_EXIST" | "INVALID_PARAMS" | "PACKAGE_URL_IS_BLANK";

/**
 * `SubPackageInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerversion.nobuild.upload`).
 *
 * @example
 * ```ts
 * const value: SubPackageInfo = { builded_package_url: '…', new_builded_package_url: '…' };
 * ```
 */
export interface SubPackageInfo {
  builded_package_url?: string;
  new_builded_package_url?: string;
  new_size?: string;
  path?: string;
  size?: string;
  source_url?: string;
  type?: string;
}
const SubPackageInfoShape = (): object => ({ builded_package_url: 0, new_builded_package_url: 0, new_size: 0, path: 0, size: 0, source_url: 0, type: 0 });

/**
 * `alipay.open.mini.innerversion.nobuild.upload`: POST /v3/alipay/open/mini/innerversion/nobuild/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionNobuildUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionNobuildUpload, { build_extra_info: '…', build_js_permission: '…' });
 * ```
 */
export const alipayOpenMiniInnerversionNobuildUpload: ApiDefinition<"alipay.open.mini.innerversion.nobuild.upload", AlipayOpenMiniInnerversionNobuildUploadRequest, AlipayOpenMiniInnerversionNobuildUploadResult, AlipayOpenMiniInnerversionNobuildUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.nobuild.upload",
  'POST',
  () => ({ build_extra_info: 0, build_js_permission: 0, build_main_url: 0, build_qcloud_info: 0, build_version: 0, builded_package_size: 0, builded_package_url: 0, builded_plugin_size: 0, builded_plugin_url: 0, bundle_id: 0, components: 0, inst_code: 0, mini_app_id: 0, new_builded_package_size: 0, new_builded_package_url: 0, new_builded_plugin_size: 0, new_builded_plugin_url: 0, no_sign: 2, plugin_refs: [MiniAppPluginReferenceShape], sub_packages: [SubPackageInfoShape] }),
  () => ({}),
);
