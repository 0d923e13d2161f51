// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.ability.batchquery` (POST /v3/alipay/open/search/ability/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchAbilityBatchqueryRequest = { biz_type: '…', opt_type: '…' };
 * ```
 */
export interface AlipayOpenSearchAbilityBatchqueryRequest {
  biz_data?: SearchOperPageQueryRequest;
  biz_type?: string;
  opt_type?: string;
}

/**
 * The result of `alipay.open.search.ability.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchAbilityBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchAbilityBatchqueryResult {
  data?: AbilityPageQueryDTO;
}

/**
 * The error codes of `alipay.open.search.ability.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchAbilityBatchqueryErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayOpenSearchAbilityBatchqueryErrorCode = "BIZ_ERROR" | "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `AbilityPageQueryDTO`, a model of Alipay's v3 description (in `alipay.open.search.ability.batchquery`).
 *
 * @example
 * ```ts
 * const value: AbilityPageQueryDTO = { page_num: '…', page_size: '…' };
 * ```
 */
export interface AbilityPageQueryDTO {
  page_data?: SearchAbilityOrderData[];
  page_num?: string;
  page_size?: string;
  total_number?: number;
}
const AbilityPageQueryDTOShape = (): object => ({ page_data: [SearchAbilityOrderDataShape], page_num: 0, page_size: 0, total_number: 1 });

/**
 * `SearchAbilityOrderData`, a model of Alipay's v3 description (in `alipay.open.search.ability.batchquery`).
 *
 * @example
 * ```ts
 * const value: SearchAbilityOrderData = { access_type: '…', app_name: '…' };
 * ```
 */
export interface SearchAbilityOrderData {
  access_type?: string;
  app_name?: string;
  app_status?: string;
  appid?: string;
  apply_id?: string;
  apply_type?: string;
  audit_status?: string;
  biz_id?: string;
  box_status?: string;
  brand_template_id?: string;
  children?: SearchAbilityOrderInfoOpenApi[];
  data_key?: string;
  gmt_modified?: string;
  id?: string;
  is_old_data?: string;
  major_status?: string;
  online_time?: string;
  open_status?: boolean;
  operator?: string;
  reject_reason?: string;
  scene_code?: string;
  scene_name?: string;
  service_code?: string;
  sub_service_desc?: string;
  sub_service_name?: string;
}
const SearchAbilityOrderDataShape = (): object => ({ access_type: 0, app_name: 0, app_status: 0, appid: 0, apply_id: 0, apply_type: 0, audit_status: 0, biz_id: 0, box_status: 0, brand_template_id: 0, children: [SearchAbilityOrderInfoOpenApiShape], data_key: 0, gmt_modified: 0, id: 0, is_old_data: 0, major_status: 0, online_time: 0, open_status: 2, operator: 0, reject_reason: 0, scene_code: 0, scene_name: 0, service_code: 0, sub_service_desc: 0, sub_service_name: 0 });

/**
 * `SearchAbilityOrderInfoOpenApi`, a model of Alipay's v3 description (in `alipay.open.search.ability.batchquery`).
 *
 * @example
 * ```ts
 * const value: SearchAbilityOrderInfoOpenApi = { access_type: '…', app_name: '…' };
 * ```
 */
export interface SearchAbilityOrderInfoOpenApi {
  access_type?: string;
  app_name?: string;
  app_status?: string;
  audit_status?: string;
  biz_id?: string;
  box_status?: string;
  brand_template_id?: string;
  data_key?: string;
  gmt_modified?: string;
  id?: string;
  is_old_data?: boolean;
  major_status?: string;
  online_time?: string;
  open_status?: boolean;
  operator?: string;
  reject_reason?: string;
  scene_code?: string;
  scene_name?: string;
  search_app_id?: string;
  sepc_code?: string;
  service_code?: string;
  sub_service_desc?: string;
  sub_service_name?: string;
}
const SearchAbilityOrderInfoOpenApiShape = (): object => ({ access_type: 0, app_name: 0, app_status: 0, audit_status: 0, biz_id: 0, box_status: 0, brand_template_id: 0, data_key: 0, gmt_modified: 0, id: 0, is_old_data: 2, major_status: 0, online_time: 0, open_status: 2, operator: 0, reject_reason: 0, scene_code: 0, scene_name: 0, search_app_id: 0, sepc_code: 0, service_code: 0, sub_service_desc: 0, sub_service_name: 0 });

/**
 * `SearchOperPageQueryRequest`, a model of Alipay's v3 description (in `alipay.open.search.ability.batchquery`).
 *
 * @example
 * ```ts
 * const value: SearchOperPageQueryRequest = { access_type: '…', appid: '…' };
 * ```
 */
export interface SearchOperPageQueryRequest {
  access_type?: string;
  appid?: string;
  page_num?: string;
  page_size?: string;
  scene_code?: string;
  spec_code?: string;
}
const SearchOperPageQueryRequestShape = (): object => ({ access_type: 0, appid: 0, page_num: 0, page_size: 0, scene_code: 0, spec_code: 0 });

/**
 * `alipay.open.search.ability.batchquery`: POST /v3/alipay/open/search/ability/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchAbilityBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchAbilityBatchquery, { biz_type: '…', opt_type: '…' });
 * ```
 */
export const alipayOpenSearchAbilityBatchquery: ApiDefinition<"alipay.open.search.ability.batchquery", AlipayOpenSearchAbilityBatchqueryRequest, AlipayOpenSearchAbilityBatchqueryResult, AlipayOpenSearchAbilityBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.ability.batchquery",
  'POST',
  () => ({ biz_data: SearchOperPageQueryRequestShape, biz_type: 0, opt_type: 0 }),
  () => ({ data: AbilityPageQueryDTOShape }),
);
