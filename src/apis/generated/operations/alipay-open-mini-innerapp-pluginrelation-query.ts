// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.pluginrelation.query` (POST /v3/alipay/open/mini/innerapp/pluginrelation/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappPluginrelationQueryRequest = { page_num: 1, page_size: 1 };
 * ```
 */
export interface AlipayOpenMiniInnerappPluginrelationQueryRequest {
  mini_app_id_list?: string[];
  page_num?: number;
  page_size?: number;
  plugin_id?: string;
  plugin_relation_status_list?: string[];
  run_model_type?: string;
  show_beta_info?: boolean;
}

/**
 * The result of `alipay.open.mini.innerapp.pluginrelation.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappPluginrelationQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerappPluginrelationQueryResult {
  page?: number;
  page_size?: number;
  plugin_relation_info_list?: PluginUseRelationInfo[];
  total_count?: number;
}

/**
 * The error codes of `alipay.open.mini.innerapp.pluginrelation.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappPluginrelationQueryErrorCode = "INVALID_PARAMS";
 * ```
 */
export type AlipayOpenMiniInnerappPluginrelationQueryErrorCode = "INVALID_PARAMS";

/**
 * `PluginUseConfigInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerapp.pluginrelation.query`).
 *
 * @example
 * ```ts
 * const value: PluginUseConfigInfo = { bundle_id: '…', gray_code: '…' };
 * ```
 */
export interface PluginUseConfigInfo {
  bundle_id?: string;
  gray_code?: string;
  plugin_develop_version?: string;
  status?: string;
}
const PluginUseConfigInfoShape = (): object => ({ bundle_id: 0, gray_code: 0, plugin_develop_version: 0, status: 0 });

/**
 * `PluginUseRelationInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerapp.pluginrelation.query`).
 *
 * @example
 * ```ts
 * const value: PluginUseRelationInfo = { beta_memo: '…', beta_plugin_version: '…' };
 * ```
 */
export interface PluginUseRelationInfo {
  beta_memo?: string;
  beta_plugin_version?: string;
  beta_qr_code_url?: string;
  beta_status?: string;
  gmt_active?: string;
  gmt_create?: string;
  gmt_invalid?: string;
  mini_app_id?: string;
  plugin_deploy_version?: string;
  plugin_id?: string;
  plugin_status?: string;
  plugin_use_config_info_list?: PluginUseConfigInfo[];
  plugin_version?: string;
  run_mode_type?: string;
  source_from?: string;
}
const PluginUseRelationInfoShape = (): object => ({ beta_memo: 0, beta_plugin_version: 0, beta_qr_code_url: 0, beta_status: 0, gmt_active: 0, gmt_create: 0, gmt_invalid: 0, mini_app_id: 0, plugin_deploy_version: 0, plugin_id: 0, plugin_status: 0, plugin_use_config_info_list: [PluginUseConfigInfoShape], plugin_version: 0, run_mode_type: 0, source_from: 0 });

/**
 * `alipay.open.mini.innerapp.pluginrelation.query`: POST /v3/alipay/open/mini/innerapp/pluginrelation/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappPluginrelationQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappPluginrelationQuery, { page_num: 1, page_size: 1 });
 * ```
 */
export const alipayOpenMiniInnerappPluginrelationQuery: ApiDefinition<"alipay.open.mini.innerapp.pluginrelation.query", AlipayOpenMiniInnerappPluginrelationQueryRequest, AlipayOpenMiniInnerappPluginrelationQueryResult, AlipayOpenMiniInnerappPluginrelationQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.pluginrelation.query",
  'POST',
  () => ({ mini_app_id_list: [0], page_num: 1, page_size: 1, plugin_id: 0, plugin_relation_status_list: [0], run_model_type: 0, show_beta_info: 2 }),
  () => ({ page: 1, page_size: 1, plugin_relation_info_list: [PluginUseRelationInfoShape], total_count: 1 }),
);
