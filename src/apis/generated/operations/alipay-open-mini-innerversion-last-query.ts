// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerversion.last.query` (GET /v3/alipay/open/mini/innerversion/last/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerversionLastQueryRequest = { mini_app_id: "2018********", bundle_id: "com.alipay.alipaywallet" };
 * ```
 */
export interface AlipayOpenMiniInnerversionLastQueryRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  bundle_id?: string;
  /** A query parameter (v3). */
  app_origin?: string;
  /** A query parameter (v3). */
  pid?: string;
}

/**
 * The result of `alipay.open.mini.innerversion.last.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerversionLastQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerversionLastQueryResult {
  app_desc?: string;
  app_name?: string;
  app_version?: string;
  bundle_id?: string;
  category_ids?: string;
  english_name?: string;
  logo_url?: string;
  mini_app_id?: string;
  service_phone?: string;
  slogan?: string;
  status?: string;
  sub_application_type?: string;
}

/**
 * The error codes of `alipay.open.mini.innerversion.last.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerversionLastQueryErrorCode = "MINICORE_INVOKE_ERROR";
 * ```
 */
export type AlipayOpenMiniInnerversionLastQueryErrorCode = "MINICORE_INVOKE_ERROR" | "OPENCORE_RPC_INVOKE_ERROR" | "APP_ORIGIN_IS_BLANK" | "APP_ORIGIN_NOT_EXIST" | "BUNDLE_ID_NOT_EXIST" | "BUNDLE_ID_IS_BLANK" | "PID_IS_BLANK" | "APPID_IS_BLANK";

/**
 * `alipay.open.mini.innerversion.last.query`: GET /v3/alipay/open/mini/innerversion/last/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerversionLastQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerversionLastQuery, { mini_app_id: "2018********", bundle_id: "com.alipay.alipaywallet" });
 * ```
 */
export const alipayOpenMiniInnerversionLastQuery: ApiDefinition<"alipay.open.mini.innerversion.last.query", AlipayOpenMiniInnerversionLastQueryRequest, AlipayOpenMiniInnerversionLastQueryResult, AlipayOpenMiniInnerversionLastQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerversion.last.query",
  { verb: 'GET', query: ["mini_app_id", "bundle_id", "app_origin", "pid"] },
  () => ({ mini_app_id: 0, bundle_id: 0, app_origin: 0, pid: 0 }),
  () => ({ app_desc: 0, app_name: 0, app_version: 0, bundle_id: 0, category_ids: 0, english_name: 0, logo_url: 0, mini_app_id: 0, service_phone: 0, slogan: 0, status: 0, sub_application_type: 0 }),
);
