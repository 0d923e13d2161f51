// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.info.query` (GET /v3/alipay/open/mini/innerversion/info/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionInfoQueryRequest = { bundle_id: "支付宝：com.alipay.alipaywallet 高德：com.amap.app", mini_app_id: "2019****" };
 * ```
 */
export interface AlipayOpenMiniInnerversionInfoQueryRequest {
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  app_version?: string;
  /** A query parameter (v3). */
  app_origin?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.info.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionInfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionInfoQueryResult {
  app_version?: string;
  build_source?: string;
  bundle_id?: string;
  create_time?: string;
  description?: string;
  ext_json?: string;
  gmt_modified?: string;
  gray_start_time?: string;
  gray_strategy?: string;
  mini_app_id?: string;
  offline_time?: string;
  package_url?: string;
  plugin_refs?: MiniAppPluginInfo[];
  process_task_id?: string;
  reject_reason?: string;
  rollback_time?: string;
  scan_result?: string;
  screen_shot_list?: string;
  shelf_time?: string;
  source_url?: string;
  status?: string;
  template_extra?: string;
  template_version?: string;
}

/**
 * The error codes of `alipay.open.mini.innerversion.info.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionInfoQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionInfoQueryErrorCode = "SYSTEM_ERROR" | "PARAMS_VALID_ERROR" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST" | "APP_INFO_NOT_EXIST";

/**
 * `MiniAppPluginInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerversion.info.query`).
 *
 * @example
 * ```ts
 * const value: MiniAppPluginInfo = { package_url: '…', plugin_id: '…' };
 * ```
 */
export interface MiniAppPluginInfo {
  package_url?: string;
  plugin_id?: string;
  require_version?: string;
}
const MiniAppPluginInfoShape = (): object => ({ package_url: 0, plugin_id: 0, require_version: 0 });

/**
 * `alipay.open.mini.innerversion.info.query`: GET /v3/alipay/open/mini/innerversion/info/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionInfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionInfoQuery, { bundle_id: "支付宝：com.alipay.alipaywallet 高德：com.amap.app", mini_app_id: "2019****" });
 * ```
 */
export const alipayOpenMiniInnerversionInfoQuery: ApiDefinition<"alipay.open.mini.innerversion.info.query", AlipayOpenMiniInnerversionInfoQueryRequest, AlipayOpenMiniInnerversionInfoQueryResult, AlipayOpenMiniInnerversionInfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.info.query",
  { verb: 'GET', query: ["bundle_id", "mini_app_id", "app_version", "app_origin"] },
  () => ({ bundle_id: 0, mini_app_id: 0, app_version: 0, app_origin: 0 }),
  () => ({ app_version: 0, build_source: 0, bundle_id: 0, create_time: 0, description: 0, ext_json: 0, gmt_modified: 0, gray_start_time: 0, gray_strategy: 0, mini_app_id: 0, offline_time: 0, package_url: 0, plugin_refs: [MiniAppPluginInfoShape], process_task_id: 0, reject_reason: 0, rollback_time: 0, scan_result: 0, screen_shot_list: 0, shelf_time: 0, source_url: 0, status: 0, template_extra: 0, template_version: 0 }),
);
