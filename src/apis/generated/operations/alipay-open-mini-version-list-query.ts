// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.version.list.query` (GET /v3/alipay/open/mini/version/list/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniVersionListQueryRequest = { bundle_id: "com.alipay.alipaywallet", version_status: "AUDITING" };
 * ```
 */
export interface AlipayOpenMiniVersionListQueryRequest {
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  version_status?: string;
}

/**
 * The result of `alipay.open.mini.version.list.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniVersionListQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniVersionListQueryResult {
  app_version_infos?: AppVersionInfo[];
  app_versions?: string[];
}

/**
 * The error codes of `alipay.open.mini.version.list.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniVersionListQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniVersionListQueryErrorCode = "SYSTEM_ERROR" | "APPLICATION_TYPE_NOT_MINIAPP" | "NO_TEMPLATE_INSTANTIATE_RELATION" | "PAGE_SIZE_LESS_ZERO";

/**
 * `AppVersionInfo`, a model of Alipay's v3 description (in `alipay.open.mini.version.list.query`).
 *
 * @example
 * ```ts
 * const value: AppVersionInfo = { app_version: '…', base_audit: '…' };
 * ```
 */
export interface AppVersionInfo {
  app_version?: string;
  base_audit?: string;
  bundle_id?: string;
  can_release?: string;
  create_time?: string;
  promote_audit?: string;
  version_description?: string;
  version_status?: string;
}
const AppVersionInfoShape = (): object => ({ app_version: 0, base_audit: 0, bundle_id: 0, can_release: 0, create_time: 0, promote_audit: 0, version_description: 0, version_status: 0 });

/**
 * `alipay.open.mini.version.list.query`: GET /v3/alipay/open/mini/version/list/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniVersionListQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniVersionListQuery, { bundle_id: "com.alipay.alipaywallet", version_status: "AUDITING" });
 * ```
 */
export const alipayOpenMiniVersionListQuery: ApiDefinition<"alipay.open.mini.version.list.query", AlipayOpenMiniVersionListQueryRequest, AlipayOpenMiniVersionListQueryResult, AlipayOpenMiniVersionListQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.version.list.query",
  { verb: 'GET', query: ["bundle_id", "version_status"] },
  () => ({ bundle_id: 0, version_status: 0 }),
  () => ({ app_version_infos: [AppVersionInfoShape], app_versions: [0] }),
);
