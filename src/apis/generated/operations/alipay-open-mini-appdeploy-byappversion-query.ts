// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MiniAppDeployResponse, MiniAppDeployResponseShape } from '../models/MiniAppDeployResponse.ts';

/**
 * The request of `alipay.open.mini.appdeploy.byappversion.query` (GET /v3/alipay/open/mini/appdeploy/byappversion/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniAppdeployByappversionQueryRequest = { mini_app_id: "2011XXXXXXX", bundle_id: "com.amap.app" };
 * ```
 */
export interface AlipayOpenMiniAppdeployByappversionQueryRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  inst_code?: string;
  /** A query parameter (v3). */
  app_version?: string;
}

/**
 * The result of `alipay.open.mini.appdeploy.byappversion.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniAppdeployByappversionQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniAppdeployByappversionQueryResult {
  deploys?: MiniAppDeployResponse[];
}

/**
 * The error codes of `alipay.open.mini.appdeploy.byappversion.query` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayOpenMiniAppdeployByappversionQueryErrorCode; // never: none listed
 * ```
 */
export type AlipayOpenMiniAppdeployByappversionQueryErrorCode = never;

/**
 * `alipay.open.mini.appdeploy.byappversion.query`: GET /v3/alipay/open/mini/appdeploy/byappversion/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniAppdeployByappversionQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniAppdeployByappversionQuery, { mini_app_id: "2011XXXXXXX", bundle_id: "com.amap.app" });
 * ```
 */
export const alipayOpenMiniAppdeployByappversionQuery: ApiDefinition<"alipay.open.mini.appdeploy.byappversion.query", AlipayOpenMiniAppdeployByappversionQueryRequest, AlipayOpenMiniAppdeployByappversionQueryResult, AlipayOpenMiniAppdeployByappversionQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.appdeploy.byappversion.query",
  { verb: 'GET', query: ["mini_app_id", "bundle_id", "inst_code", "app_version"] },
  () => ({ mini_app_id: 0, bundle_id: 0, inst_code: 0, app_version: 0 }),
  () => ({ deploys: [MiniAppDeployResponseShape] }),
);
