// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MiniAppDeployResponse, MiniAppDeployResponseShape } from '../models/MiniAppDeployResponse.ts';

/**
 * The request of `alipay.open.mini.appdeploy.bydeployversion.query` (GET /v3/alipay/open/mini/appdeploy/bydeployversion/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniAppdeployBydeployversionQueryRequest = { bundle_id: "com.amap.app", mini_app_id: "2021XXXXXX" };
 * ```
 */
export interface AlipayOpenMiniAppdeployBydeployversionQueryRequest {
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  inst_code?: string;
  /** A query parameter (v3). */
  deploy_version?: string;
}

/**
 * The result of `alipay.open.mini.appdeploy.bydeployversion.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniAppdeployBydeployversionQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniAppdeployBydeployversionQueryResult {
  deploys?: MiniAppDeployResponse[];
}

/**
 * The error codes of `alipay.open.mini.appdeploy.bydeployversion.query` from its error model (it lists none): an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * type Codes = AlipayOpenMiniAppdeployBydeployversionQueryErrorCode; // never: none listed
 * ```
 */
export type AlipayOpenMiniAppdeployBydeployversionQueryErrorCode = never;

/**
 * `alipay.open.mini.appdeploy.bydeployversion.query`: GET /v3/alipay/open/mini/appdeploy/bydeployversion/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniAppdeployBydeployversionQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniAppdeployBydeployversionQuery, { bundle_id: "com.amap.app", mini_app_id: "2021XXXXXX" });
 * ```
 */
export const alipayOpenMiniAppdeployBydeployversionQuery: ApiDefinition<"alipay.open.mini.appdeploy.bydeployversion.query", AlipayOpenMiniAppdeployBydeployversionQueryRequest, AlipayOpenMiniAppdeployBydeployversionQueryResult, AlipayOpenMiniAppdeployBydeployversionQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.appdeploy.bydeployversion.query",
  { verb: 'GET', query: ["bundle_id", "mini_app_id", "inst_code", "deploy_version"] },
  () => ({ bundle_id: 0, mini_app_id: 0, inst_code: 0, deploy_version: 0 }),
  () => ({ deploys: [MiniAppDeployResponseShape] }),
);
