// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.instantiation.query` (GET /v3/alipay/open/mini/innerversion/instantiation/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionInstantiationQueryRequest = { app_origin: "AAA", bundle_id: "com.alipay.alipaywallet" };
 * ```
 */
export interface AlipayOpenMiniInnerversionInstantiationQueryRequest {
  /** A query parameter (v3). */
  app_origin?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  app_version?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.instantiation.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionInstantiationQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionInstantiationQueryResult {
  app_version?: string;
  bundle_id?: string;
  mini_app_id?: string;
  template_id?: string;
  template_version?: string;
}

/**
 * The error codes of `alipay.open.mini.innerversion.instantiation.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionInstantiationQueryErrorCode = "APPID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerversionInstantiationQueryErrorCode = "APPID_IS_BLANK" | "BUNDLE_ID_IS_BLANK" | "MINI_APP_VERSION_IS_BLANK" | "VERSION_LENGTH_ERROR" | "VERSION_EXCEEDED_LENGTH" | "APP_ORIGIN_NOT_EXIST" | "APP_INFO_NOT_EXIST" | "SUB_APPLICATION_TYPE_ERROR" | "APPLICATION_TYPE_NOT_MINIAPP";

/**
 * `alipay.open.mini.innerversion.instantiation.query`: GET /v3/alipay/open/mini/innerversion/instantiation/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionInstantiationQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionInstantiationQuery, { app_origin: "AAA", bundle_id: "com.alipay.alipaywallet" });
 * ```
 */
export const alipayOpenMiniInnerversionInstantiationQuery: ApiDefinition<"alipay.open.mini.innerversion.instantiation.query", AlipayOpenMiniInnerversionInstantiationQueryRequest, AlipayOpenMiniInnerversionInstantiationQueryResult, AlipayOpenMiniInnerversionInstantiationQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.instantiation.query",
  { verb: 'GET', query: ["app_origin", "bundle_id", "mini_app_id", "app_version"] },
  () => ({ app_origin: 0, bundle_id: 0, mini_app_id: 0, app_version: 0 }),
  () => ({ app_version: 0, bundle_id: 0, mini_app_id: 0, template_id: 0, template_version: 0 }),
);
