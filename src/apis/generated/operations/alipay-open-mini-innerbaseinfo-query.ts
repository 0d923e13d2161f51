// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerbaseinfo.query` (GET /v3/alipay/open/mini/innerbaseinfo/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerbaseinfoQueryRequest = { mini_app_id: "2014060600164699", inst_code: "taobao" };
 * ```
 */
export interface AlipayOpenMiniInnerbaseinfoQueryRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  inst_code?: string;
  /** A query parameter (v3). */
  mini_app_name?: string;
  /** A query parameter (v3). */
  app_sub_type?: string;
}

/**
 * The result of `alipay.open.mini.innerbaseinfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerbaseinfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerbaseinfoQueryResult {
  app_alias_name?: string;
  app_category_ids?: string;
  app_desc?: string;
  app_english_name?: string;
  app_key?: string;
  app_logo?: string;
  app_name?: string;
  app_slogan?: string;
  app_sub_type?: string;
  dev_id?: string;
  gmt_create?: string;
  gmt_modified?: string;
  mini_app_id?: string;
  mini_category_ids?: string;
  origin?: string;
  owner_entity?: string;
  owner_portrait?: string;
  plugin_refresh_type?: string;
  service_email?: string;
  service_phone?: string;
}

/**
 * The error codes of `alipay.open.mini.innerbaseinfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerbaseinfoQueryErrorCode = "APPID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniInnerbaseinfoQueryErrorCode = "APPID_IS_BLANK" | "APP_INFO_NOT_EXIST" | "DEVELOPER_INFO_NOT_EXIST" | "SYSTEM_ERROR" | "MERCHANT_NOT_EXESIT" | "INVALID_PARAMS";

/**
 * `alipay.open.mini.innerbaseinfo.query`: GET /v3/alipay/open/mini/innerbaseinfo/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerbaseinfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerbaseinfoQuery, { mini_app_id: "2014060600164699", inst_code: "taobao" });
 * ```
 */
export const alipayOpenMiniInnerbaseinfoQuery: ApiDefinition<"alipay.open.mini.innerbaseinfo.query", AlipayOpenMiniInnerbaseinfoQueryRequest, AlipayOpenMiniInnerbaseinfoQueryResult, AlipayOpenMiniInnerbaseinfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerbaseinfo.query",
  { verb: 'GET', query: ["mini_app_id", "inst_code", "mini_app_name", "app_sub_type"] },
  () => ({ mini_app_id: 0, inst_code: 0, mini_app_name: 0, app_sub_type: 0 }),
  () => ({ app_alias_name: 0, app_category_ids: 0, app_desc: 0, app_english_name: 0, app_key: 0, app_logo: 0, app_name: 0, app_slogan: 0, app_sub_type: 0, dev_id: 0, gmt_create: 0, gmt_modified: 0, mini_app_id: 0, mini_category_ids: 0, origin: 0, owner_entity: 0, owner_portrait: 0, plugin_refresh_type: 0, service_email: 0, service_phone: 0 }),
);
