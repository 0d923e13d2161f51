// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SearchBoxAppInfo, SearchBoxAppInfoShape } from '../models/SearchBoxAppInfo.ts';
import { type SearchBoxServiceInfo, SearchBoxServiceInfoShape } from '../models/SearchBoxServiceInfo.ts';

/**
 * The request of `alipay.open.search.box.query` (GET /v3/alipay/open/search/box/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxQueryRequest = { box_id: "20220308000000128693", merchant_id: "2088xxxxxxxxxxxx" };
 * ```
 */
export interface AlipayOpenSearchBoxQueryRequest {
  /** A query parameter (v3). */
  box_id?: string;
  /** A query parameter (v3). */
  merchant_id?: string;
}

/**
 * The result of `alipay.open.search.box.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBoxQueryResult {
  account_module?: SearchBoxAccountModule;
  basic_info_module?: SearchBoxBasicInfoModule;
  box_id?: string;
  box_status?: string;
  business_district_module?: BoxBusinessDistrictModule;
  default_keywords?: string[];
  keyword_module?: SearchBoxKeyWordModule;
  latest_audit_image?: SearchBoxImageModule;
  service_module?: SearchBoxServiceModule;
  valid_image?: SearchBoxImageModule;
}

/**
 * The error codes of `alipay.open.search.box.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSearchBoxQueryErrorCode = "INVALID_PARAMETER" | "NO_PERMISSION" | "SYSTEM_ERROR" | "ISV_NOT_AUTH";

/**
 * `BoxBusinessDistrictInfo`, a model of Alipay's v3 description (in `alipay.open.search.box.query`).
 *
 * @example
 * ```ts
 * const value: BoxBusinessDistrictInfo = { app_name: '…', business_district_id: '…' };
 * ```
 */
export interface BoxBusinessDistrictInfo {
  app_name?: string;
  business_district_id?: string;
  business_district_name?: string;
  relate_appid?: string;
  service_code?: string;
}
const BoxBusinessDistrictInfoShape = (): object => ({ app_name: 0, business_district_id: 0, business_district_name: 0, relate_appid: 0, service_code: 0 });

/**
 * `BoxBusinessDistrictModule`, a model of Alipay's v3 description (in `alipay.open.search.box.query`).
 *
 * @example
 * ```ts
 * const value: BoxBusinessDistrictModule = { module_id: '…', module_type: '…' };
 * ```
 */
export interface BoxBusinessDistrictModule {
  business_district_infos?: BoxBusinessDistrictInfo[];
  module_id?: string;
  module_type?: string;
}
const BoxBusinessDistrictModuleShape = (): object => ({ business_district_infos: [BoxBusinessDistrictInfoShape], module_id: 0, module_type: 0 });

/**
 * `SearchBoxAccountModule`, a model of Alipay's v3 description (in `alipay.open.search.box.query`).
 *
 * @example
 * ```ts
 * const value: SearchBoxAccountModule = { module_id: '…', module_type: '…' };
 * ```
 */
export interface SearchBoxAccountModule {
  app_infos?: SearchBoxAppInfo[];
  module_id?: string;
  module_type?: string;
}
const SearchBoxAccountModuleShape = (): object => ({ app_infos: [SearchBoxAppInfoShape], module_id: 0, module_type: 0 });

/**
 * `SearchBoxBasicInfoModule`, a model of Alipay's v3 description (in `alipay.open.search.box.query`).
 *
 * @example
 * ```ts
 * const value: SearchBoxBasicInfoModule = { apply_no: '…', box_desc: '…' };
 * ```
 */
export interface SearchBoxBasicInfoModule {
  apply_no?: string;
  box_desc?: string;
  fail_reason?: string;
  gmt_modified?: string;
  latest_audit_box_desc?: string;
  module_id?: string;
  module_type?: string;
  status?: string;
}
const SearchBoxBasicInfoModuleShape = (): object => ({ apply_no: 0, box_desc: 0, fail_reason: 0, gmt_modified: 0, latest_audit_box_desc: 0, module_id: 0, module_type: 0, status: 0 });

/**
 * `SearchBoxImageModule`, a model of Alipay's v3 description (in `alipay.open.search.box.query`).
 *
 * @example
 * ```ts
 * const value: SearchBoxImageModule = { apply_no: '…', fail_reason: '…' };
 * ```
 */
export interface SearchBoxImageModule {
  apply_no?: string;
  fail_reason?: string;
  gmt_modified?: string;
  module_id?: string;
  module_type?: string;
  status?: string;
}
const SearchBoxImageModuleShape = (): object => ({ apply_no: 0, fail_reason: 0, gmt_modified: 0, module_id: 0, module_type: 0, status: 0 });

/**
 * `SearchBoxKeyWordModule`, a model of Alipay's v3 description (in `alipay.open.search.box.query`).
 *
 * @example
 * ```ts
 * const value: SearchBoxKeyWordModule = { apply_no: '…', fail_reason: '…' };
 * ```
 */
export interface SearchBoxKeyWordModule {
  apply_no?: string;
  fail_reason?: string;
  gmt_modified?: string;
  keywords?: string[];
  latest_audit_keywords?: string[];
  module_id?: string;
  module_type?: string;
  status?: string;
}
const SearchBoxKeyWordModuleShape = (): object => ({ apply_no: 0, fail_reason: 0, gmt_modified: 0, keywords: [0], latest_audit_keywords: [0], module_id: 0, module_type: 0, status: 0 });

/**
 * `SearchBoxServiceModule`, a model of Alipay's v3 description (in `alipay.open.search.box.query`).
 *
 * @example
 * ```ts
 * const value: SearchBoxServiceModule = { module_id: '…', module_type: '…' };
 * ```
 */
export interface SearchBoxServiceModule {
  module_id?: string;
  module_type?: string;
  service_infos?: SearchBoxServiceInfo[];
}
const SearchBoxServiceModuleShape = (): object => ({ module_id: 0, module_type: 0, service_infos: [SearchBoxServiceInfoShape] });

/**
 * `alipay.open.search.box.query`: GET /v3/alipay/open/search/box/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxQuery, { box_id: "20220308000000128693", merchant_id: "2088xxxxxxxxxxxx" });
 * ```
 */
export const alipayOpenSearchBoxQuery: ApiDefinition<"alipay.open.search.box.query", AlipayOpenSearchBoxQueryRequest, AlipayOpenSearchBoxQueryResult, AlipayOpenSearchBoxQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.box.query",
  { verb: 'GET', query: ["box_id", "merchant_id"] },
  () => ({ box_id: 0, merchant_id: 0 }),
  () => ({ account_module: SearchBoxAccountModuleShape, basic_info_module: SearchBoxBasicInfoModuleShape, box_id: 0, box_status: 0, business_district_module: BoxBusinessDistrictModuleShape, default_keywords: [0], keyword_module: SearchBoxKeyWordModuleShape, latest_audit_image: SearchBoxImageModuleShape, service_module: SearchBoxServiceModuleShape, valid_image: SearchBoxImageModuleShape }),
);
