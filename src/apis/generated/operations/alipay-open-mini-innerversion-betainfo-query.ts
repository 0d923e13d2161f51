// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.betainfo.query` (GET /v3/alipay/open/mini/innerversion/betainfo/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionBetainfoQueryRequest = { plugin_id: "2021xxxx", bundle_id: "com.alipay.alipaywallet" };
 * ```
 */
export interface AlipayOpenMiniInnerversionBetainfoQueryRequest {
  /** A query parameter (v3). */
  plugin_id?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  plugin_version?: string;
  /** A query parameter (v3). */
  app_origin?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.betainfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionBetainfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionBetainfoQueryResult {
  plugin_beta_item_list?: PluginBetaItemInfo[];
  status?: string;
}

/**
 * The error codes of `alipay.open.mini.innerversion.betainfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionBetainfoQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionBetainfoQueryErrorCode = "SYSTEM_ERROR" | "PACKAGE_VERSION_IS_BLANK" | "PLUGINID_IS_BLANK" | "APP_ORIGIN_NOT_EXIST";

/**
 * `PluginBetaItemInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerversion.betainfo.query`).
 *
 * @example
 * ```ts
 * const value: PluginBetaItemInfo = { app_name: '…', beta_status: '…' };
 * ```
 */
export interface PluginBetaItemInfo {
  app_name?: string;
  beta_status?: string;
  memo?: string;
  mini_app_id?: string;
  plugin_id?: string;
  plugin_version?: string;
  qr_code_url?: string;
}
const PluginBetaItemInfoShape = (): object => ({ app_name: 0, beta_status: 0, memo: 0, mini_app_id: 0, plugin_id: 0, plugin_version: 0, qr_code_url: 0 });

/**
 * `alipay.open.mini.innerversion.betainfo.query`: GET /v3/alipay/open/mini/innerversion/betainfo/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionBetainfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionBetainfoQuery, { plugin_id: "2021xxxx", bundle_id: "com.alipay.alipaywallet" });
 * ```
 */
export const alipayOpenMiniInnerversionBetainfoQuery: ApiDefinition<"alipay.open.mini.innerversion.betainfo.query", AlipayOpenMiniInnerversionBetainfoQueryRequest, AlipayOpenMiniInnerversionBetainfoQueryResult, AlipayOpenMiniInnerversionBetainfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.betainfo.query",
  { verb: 'GET', query: ["plugin_id", "bundle_id", "plugin_version", "app_origin"] },
  () => ({ plugin_id: 0, bundle_id: 0, plugin_version: 0, app_origin: 0 }),
  () => ({ plugin_beta_item_list: [PluginBetaItemInfoShape], status: 0 }),
);
