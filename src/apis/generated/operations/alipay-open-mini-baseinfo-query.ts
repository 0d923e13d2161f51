// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.baseinfo.query` (GET /v3/alipay/open/mini/baseinfo/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniBaseinfoQueryRequest = {};
 * ```
 */
export type AlipayOpenMiniBaseinfoQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.mini.baseinfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniBaseinfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniBaseinfoQueryResult {
  app_desc?: string;
  app_english_name?: string;
  app_logo?: string;
  app_name?: string;
  app_slogan?: string;
  category_names?: string;
  package_names?: string[];
  registration_limit_release?: boolean;
  safe_domains?: string[];
  service_email?: string;
  service_phone?: string;
}

/**
 * The error codes of `alipay.open.mini.baseinfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniBaseinfoQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenMiniBaseinfoQueryErrorCode = "SYSTEM_ERROR" | "APPLICATION_TYPE_NOT_MINIAPP" | "APP_INFO_NOT_EXIST";

/**
 * `alipay.open.mini.baseinfo.query`: GET /v3/alipay/open/mini/baseinfo/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniBaseinfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniBaseinfoQuery, {});
 * ```
 */
export const alipayOpenMiniBaseinfoQuery: ApiDefinition<"alipay.open.mini.baseinfo.query", AlipayOpenMiniBaseinfoQueryRequest, AlipayOpenMiniBaseinfoQueryResult, AlipayOpenMiniBaseinfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.baseinfo.query",
  'GET',
  () => ({}),
  () => ({ app_desc: 0, app_english_name: 0, app_logo: 0, app_name: 0, app_slogan: 0, category_names: 0, package_names: [0], registration_limit_release: 2, safe_domains: [0], service_email: 0, service_phone: 0 }),
);
