// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RegionInfo, RegionInfoShape } from '../models/RegionInfo.ts';

/**
 * The request of `alipay.open.mini.version.detail.query` (GET /v3/alipay/open/mini/version/detail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionDetailQueryRequest = { app_version: "0.0.1", bundle_id: "com.alipay.alipaywallet" };
 * ```
 */
export interface AlipayOpenMiniVersionDetailQueryRequest {
  /** A query parameter (v3). */
  app_version?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
}

/**
 * The result of `alipay.open.mini.version.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniVersionDetailQueryResult {
  app_desc?: string;
  app_english_name?: string;
  app_logo?: string;
  app_name?: string;
  app_slogan?: string;
  app_version?: string;
  base_audit?: string;
  base_audit_record?: MiniAppAuditReason;
  can_release?: string;
  gmt_apply_audit?: string;
  gmt_audit_end?: string;
  gmt_create?: string;
  gmt_offline?: string;
  gmt_online?: string;
  gray_strategy?: string;
  memo?: string;
  mini_app_category_info_list?: MiniAppCategoryInfo[];
  mini_category_info_list?: MiniAppCategoryInfo[];
  package_info_list?: MiniPackageInfo[];
  promote_audit?: string;
  promote_audit_record?: MiniAppAuditReason;
  reject_reason?: string;
  scan_result?: string;
  screen_shot_list?: string[];
  service_email?: string;
  service_phone?: string;
  service_region_info?: RegionInfo[];
  service_region_type?: string;
  status?: string;
  version_desc?: string;
}

/**
 * The error codes of `alipay.open.mini.version.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionDetailQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionDetailQueryErrorCode = "SYSTEM_ERROR" | "APPLICATION_TYPE_NOT_MINIAPP" | "APP_VERSION_IS_BLANK" | "BUNDLE_ID_NOT_EXIST" | "VERSION_IS_BLANK";

/**
 * `MiniAppAuditReason`, a model of Alipay's v3 description (in `alipay.open.mini.version.detail.query`).
 *
 * @example
 * ```ts
 * const value: MiniAppAuditReason = {};
 * ```
 */
export interface MiniAppAuditReason {
  audit_images?: string[];
  memos?: MiniAppAuditReasonMemo[];
}
const MiniAppAuditReasonShape = (): object => ({ audit_images: [0], memos: [MiniAppAuditReasonMemoShape] });

/**
 * `MiniAppAuditReasonMemo`, a model of Alipay's v3 description (in `alipay.open.mini.version.detail.query`).
 *
 * @example
 * ```ts
 * const value: MiniAppAuditReasonMemo = { memo: '…' };
 * ```
 */
export interface MiniAppAuditReasonMemo {
  memo?: string;
  memo_image_list?: string[];
}
const MiniAppAuditReasonMemoShape = (): object => ({ memo: 0, memo_image_list: [0] });

/**
 * `MiniAppCategoryInfo`, a model of Alipay's v3 description (in `alipay.open.mini.version.detail.query`).
 *
 * @example
 * ```ts
 * const value: MiniAppCategoryInfo = { first_category_id: '…', first_category_name: '…' };
 * ```
 */
export interface MiniAppCategoryInfo {
  first_category_id?: string;
  first_category_name?: string;
  second_category_id?: string;
  second_category_name?: string;
  third_category_id?: string;
  third_category_name?: string;
}
const MiniAppCategoryInfoShape = (): object => ({ first_category_id: 0, first_category_name: 0, second_category_id: 0, second_category_name: 0, third_category_id: 0, third_category_name: 0 });

/**
 * `MiniPackageInfo`, a model of Alipay's v3 description (in `alipay.open.mini.version.detail.query`).
 *
 * @example
 * ```ts
 * const value: MiniPackageInfo = { doc_url: '…', package_desc: '…' };
 * ```
 */
export interface MiniPackageInfo {
  doc_url?: string;
  package_desc?: string;
  package_name?: string;
  package_open_type?: string;
  status?: string;
}
const MiniPackageInfoShape = (): object => ({ doc_url: 0, package_desc: 0, package_name: 0, package_open_type: 0, status: 0 });

/**
 * `alipay.open.mini.version.detail.query`: GET /v3/alipay/open/mini/version/detail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionDetailQuery, { app_version: "0.0.1", bundle_id: "com.alipay.alipaywallet" });
 * ```
 */
export const alipayOpenMiniVersionDetailQuery: ApiDefinition<"alipay.open.mini.version.detail.query", AlipayOpenMiniVersionDetailQueryRequest, AlipayOpenMiniVersionDetailQueryResult, AlipayOpenMiniVersionDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.detail.query",
  { verb: 'GET', query: ["app_version", "bundle_id"] },
  () => ({ app_version: 0, bundle_id: 0 }),
  () => ({ app_desc: 0, app_english_name: 0, app_logo: 0, app_name: 0, app_slogan: 0, app_version: 0, base_audit: 0, base_audit_record: MiniAppAuditReasonShape, can_release: 0, gmt_apply_audit: 0, gmt_audit_end: 0, gmt_create: 0, gmt_offline: 0, gmt_online: 0, gray_strategy: 0, memo: 0, mini_app_category_info_list: [MiniAppCategoryInfoShape], mini_category_info_list: [MiniAppCategoryInfoShape], package_info_list: [MiniPackageInfoShape], promote_audit: 0, promote_audit_record: MiniAppAuditReasonShape, reject_reason: 0, scan_result: 0, screen_shot_list: [0], service_email: 0, service_phone: 0, service_region_info: [RegionInfoShape], service_region_type: 0, status: 0, version_desc: 0 }),
);
