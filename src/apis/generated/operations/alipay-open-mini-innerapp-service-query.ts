// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.innerapp.service.query` (GET /v3/alipay/open/mini/innerapp/service/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniInnerappServiceQueryRequest = { mini_app_id: "2012211102012056", app_sub_type: "TINYAPP_TEMPLATE、TINYAPP_PLUGIN" };
 * ```
 */
export interface AlipayOpenMiniInnerappServiceQueryRequest {
  /** A query parameter (v3). */
  mini_app_id?: string;
  /** A query parameter (v3). */
  app_sub_type?: string;
  /** A query parameter (v3). */
  show_type?: string;
  /** A query parameter (v3). */
  keyword?: string;
  /** A query parameter (v3). */
  page_num?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  app_origin?: string;
  /** A query parameter (v3). */
  include_offline?: boolean;
}

/**
 * The result of `alipay.open.mini.innerapp.service.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniInnerappServiceQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniInnerappServiceQueryResult {
  mini_app_service_info_list?: MiniAppServiceInfo[];
  page?: number;
  page_size?: number;
  total_count?: number;
}

/**
 * The error codes of `alipay.open.mini.innerapp.service.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniInnerappServiceQueryErrorCode = "INVALID_PAGE_NUM";
 * ```
 */
export type AlipayOpenMiniInnerappServiceQueryErrorCode = "INVALID_PAGE_NUM" | "INVALID_PAGE_SIZE" | "INVALID_PARAMS" | "BIZ_ERROR" | "APP_ORIGIN_NOT_EXIST";

/**
 * `MiniAppServiceInfo`, a model of Alipay's v3 description (in `alipay.open.mini.innerapp.service.query`).
 *
 * @example
 * ```ts
 * const value: MiniAppServiceInfo = { biz_status: '…', is_inner: true };
 * ```
 */
export interface MiniAppServiceInfo {
  biz_status?: string;
  is_inner?: boolean;
  is_order?: boolean;
  isv_app_id?: string;
  mini_app_id?: string;
  mini_app_name?: string;
  seller_id?: string;
  seller_name?: string;
  service_code?: string;
  service_logo?: string;
  service_name?: string;
  service_slogan?: string;
  show_type?: string;
}
const MiniAppServiceInfoShape = (): object => ({ biz_status: 0, is_inner: 2, is_order: 2, isv_app_id: 0, mini_app_id: 0, mini_app_name: 0, seller_id: 0, seller_name: 0, service_code: 0, service_logo: 0, service_name: 0, service_slogan: 0, show_type: 0 });

/**
 * `alipay.open.mini.innerapp.service.query`: GET /v3/alipay/open/mini/innerapp/service/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniInnerappServiceQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniInnerappServiceQuery, { mini_app_id: "2012211102012056", app_sub_type: "TINYAPP_TEMPLATE、TINYAPP_PLUGIN" });
 * ```
 */
export const alipayOpenMiniInnerappServiceQuery: ApiDefinition<"alipay.open.mini.innerapp.service.query", AlipayOpenMiniInnerappServiceQueryRequest, AlipayOpenMiniInnerappServiceQueryResult, AlipayOpenMiniInnerappServiceQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.innerapp.service.query",
  { verb: 'GET', query: ["mini_app_id", "app_sub_type", "show_type", "keyword", "page_num", "page_size", "app_origin", "include_offline"] },
  () => ({ mini_app_id: 0, app_sub_type: 0, show_type: 0, keyword: 0, page_num: 0, page_size: 0, app_origin: 0, include_offline: 2 }),
  () => ({ mini_app_service_info_list: [MiniAppServiceInfoShape], page: 1, page_size: 1, total_count: 1 }),
);
