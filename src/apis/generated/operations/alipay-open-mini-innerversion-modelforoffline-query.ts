// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.modelforoffline.query` (GET /v3/alipay/open/mini/innerversion/modelforoffline/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionModelforofflineQueryRequest = { mini_app_id: "2018********", app_version: "0.0.1" };
 * ```
 */
export interface AlipayOpenMiniInnerversionModelforofflineQueryRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  app_version?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  inst_code?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.modelforoffline.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionModelforofflineQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionModelforofflineQueryResult {
  model_json?: string;
  sync_id?: string;
}

/**
 * The error codes of `alipay.open.mini.innerversion.modelforoffline.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionModelforofflineQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionModelforofflineQueryErrorCode = "SYSTEM_ERROR";

/**
 * `alipay.open.mini.innerversion.modelforoffline.query`: GET /v3/alipay/open/mini/innerversion/modelforoffline/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionModelforofflineQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionModelforofflineQuery, { mini_app_id: "2018********", app_version: "0.0.1" });
 * ```
 */
export const alipayOpenMiniInnerversionModelforofflineQuery: ApiDefinition<"alipay.open.mini.innerversion.modelforoffline.query", AlipayOpenMiniInnerversionModelforofflineQueryRequest, AlipayOpenMiniInnerversionModelforofflineQueryResult, AlipayOpenMiniInnerversionModelforofflineQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.modelforoffline.query",
  { verb: 'GET', query: ["mini_app_id", "app_version", "bundle_id", "inst_code"] },
  () => ({ mini_app_id: 0, app_version: 0, bundle_id: 0, inst_code: 0 }),
  () => ({ model_json: 0, sync_id: 0 }),
);
