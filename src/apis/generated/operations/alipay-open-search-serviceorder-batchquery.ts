// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.serviceorder.batchquery` (POST /v3/alipay/open/search/serviceorder/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchServiceorderBatchqueryRequest = { biz_type: '…', opt_type: '…' };
 * ```
 */
export interface AlipayOpenSearchServiceorderBatchqueryRequest {
  biz_data?: SearchApplyPageQueryRequest;
  biz_type?: string;
  opt_type?: string;
}

/**
 * The result of `alipay.open.search.serviceorder.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchServiceorderBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchServiceorderBatchqueryResult {
  data?: OrderPageQueryDTO;
}

/**
 * The error codes of `alipay.open.search.serviceorder.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchServiceorderBatchqueryErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayOpenSearchServiceorderBatchqueryErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `ApplyOrderData`, a model of Alipay's v3 description (in `alipay.open.search.serviceorder.batchquery`).
 *
 * @example
 * ```ts
 * const value: ApplyOrderData = { access_type: '…', app_name: '…' };
 * ```
 */
export interface ApplyOrderData {
  access_type?: string;
  app_name?: string;
  appid?: string;
  audit_reason?: string;
  brand_template_id?: string;
  create_time?: string;
  is_old_data?: boolean;
  latest?: boolean;
  major_status?: string;
  order_id?: string;
  part_agree_info?: SearchPartAgreeInfo[];
  scene_code?: string;
  scene_name?: string;
  service_code?: string;
  status?: string;
  sub_service_name?: string;
}
const ApplyOrderDataShape = (): object => ({ access_type: 0, app_name: 0, appid: 0, audit_reason: 0, brand_template_id: 0, create_time: 0, is_old_data: 2, latest: 2, major_status: 0, order_id: 0, part_agree_info: [SearchPartAgreeInfoShape], scene_code: 0, scene_name: 0, service_code: 0, status: 0, sub_service_name: 0 });

/**
 * `OrderPageQueryDTO`, a model of Alipay's v3 description (in `alipay.open.search.serviceorder.batchquery`).
 *
 * @example
 * ```ts
 * const value: OrderPageQueryDTO = { page_num: '…', page_size: '…' };
 * ```
 */
export interface OrderPageQueryDTO {
  page_data?: ApplyOrderData[];
  page_num?: string;
  page_size?: string;
  total_number?: number;
}
const OrderPageQueryDTOShape = (): object => ({ page_data: [ApplyOrderDataShape], page_num: 0, page_size: 0, total_number: 1 });

/**
 * `SearchApplyPageQueryRequest`, a model of Alipay's v3 description (in `alipay.open.search.serviceorder.batchquery`).
 *
 * @example
 * ```ts
 * const value: SearchApplyPageQueryRequest = { apply_type: '…', category_code: '…' };
 * ```
 */
export interface SearchApplyPageQueryRequest {
  apply_type?: string;
  audit_status_list?: string[];
  category_code?: string;
  name?: string;
  page_num?: string;
  page_size?: string;
  service_code?: string;
  service_id?: string;
  start_row?: string;
  sub_service_code?: string;
}
const SearchApplyPageQueryRequestShape = (): object => ({ apply_type: 0, audit_status_list: [0], category_code: 0, name: 0, page_num: 0, page_size: 0, service_code: 0, service_id: 0, start_row: 0, sub_service_code: 0 });

/**
 * `SearchPartAgreeInfo`, a model of Alipay's v3 description (in `alipay.open.search.serviceorder.batchquery`).
 *
 * @example
 * ```ts
 * const value: SearchPartAgreeInfo = { audit_info: '…', audit_operator: '…' };
 * ```
 */
export interface SearchPartAgreeInfo {
  audit_info?: string;
  audit_operator?: string;
  audit_reason?: string;
  audit_type?: string;
}
const SearchPartAgreeInfoShape = (): object => ({ audit_info: 0, audit_operator: 0, audit_reason: 0, audit_type: 0 });

/**
 * `alipay.open.search.serviceorder.batchquery`: POST /v3/alipay/open/search/serviceorder/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchServiceorderBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchServiceorderBatchquery, { biz_type: '…', opt_type: '…' });
 * ```
 */
export const alipayOpenSearchServiceorderBatchquery: ApiDefinition<"alipay.open.search.serviceorder.batchquery", AlipayOpenSearchServiceorderBatchqueryRequest, AlipayOpenSearchServiceorderBatchqueryResult, AlipayOpenSearchServiceorderBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.serviceorder.batchquery",
  'POST',
  () => ({ biz_data: SearchApplyPageQueryRequestShape, biz_type: 0, opt_type: 0 }),
  () => ({ data: OrderPageQueryDTOShape }),
);
