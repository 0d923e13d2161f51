// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.orderdetail.query` (POST /v3/alipay/open/search/orderdetail/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchOrderdetailQueryRequest = { biz_type: '…', opt_type: '…' };
 * ```
 */
export interface AlipayOpenSearchOrderdetailQueryRequest {
  biz_data?: SearchOrderRequest;
  biz_type?: string;
  opt_type?: string;
}

/**
 * The result of `alipay.open.search.orderdetail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchOrderdetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchOrderdetailQueryResult {
  data?: SearchOrderDetailData;
}

/**
 * The error codes of `alipay.open.search.orderdetail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchOrderdetailQueryErrorCode = "BIZ_ERROR";
 * ```
 */
export type AlipayOpenSearchOrderdetailQueryErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `BrandDetail`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: BrandDetail = { block_type: '…', box_version: '…' };
 * ```
 */
export interface BrandDetail {
  block_type?: string;
  box_version?: string;
  desc?: string;
  img?: string;
  index?: string;
  key?: string;
  material_id?: string;
  name?: string;
  public_bind_app_id?: string;
  service_code?: string;
}
const BrandDetailShape = (): object => ({ block_type: 0, box_version: 0, desc: 0, img: 0, index: 0, key: 0, material_id: 0, name: 0, public_bind_app_id: 0, service_code: 0 });

/**
 * `OrderStatusData`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: OrderStatusData = { order_id: '…', reject_reason: '…' };
 * ```
 */
export interface OrderStatusData {
  order_id?: string;
  reject_reason?: string;
  status?: string;
}
const OrderStatusDataShape = (): object => ({ order_id: 0, reject_reason: 0, status: 0 });

/**
 * `SearchOrderBrandDetail`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: SearchOrderBrandDetail = { key: '…' };
 * ```
 */
export interface SearchOrderBrandDetail {
  brand_detail?: BrandDetail;
  key?: string;
}
const SearchOrderBrandDetailShape = (): object => ({ brand_detail: BrandDetailShape, key: 0 });

/**
 * `SearchOrderDetailData`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: SearchOrderDetailData = { access_type: '…', app_category: '…' };
 * ```
 */
export interface SearchOrderDetailData {
  access_type?: string;
  app_category?: string;
  app_icon?: string;
  app_name?: string;
  app_status?: string;
  appid?: string;
  base_order_status?: OrderStatusData;
  biz_id?: string;
  box_order_status?: OrderStatusData;
  box_status?: string;
  brand_template_id?: string;
  brandbox_orderstatus?: OrderStatusData;
  can_modify_keyword?: boolean;
  describe?: string;
  detail_base_items?: SearchOrderDetailDataBaseItems;
  detail_brand_items?: SearchOrderDetailDataBrandItems;
  detail_service_items?: SearchOrderDetailDataServiceItems;
  final_status?: string;
  gmtmodified?: string;
  keyword_gmt_modified?: string;
  online_time?: string;
  operator_type?: string;
  order_id?: string;
  partner_type?: string;
  reject_node?: string;
  reject_reason?: string;
  scene_code?: string;
  scene_name?: string;
  service_code?: string;
  service_name?: string;
  status?: string;
  sub_service_code?: string;
  template_id?: string;
  template_name?: string;
}
const SearchOrderDetailDataShape = (): object => ({ access_type: 0, app_category: 0, app_icon: 0, app_name: 0, app_status: 0, appid: 0, base_order_status: OrderStatusDataShape, biz_id: 0, box_order_status: OrderStatusDataShape, box_status: 0, brand_template_id: 0, brandbox_orderstatus: OrderStatusDataShape, can_modify_keyword: 2, describe: 0, detail_base_items: SearchOrderDetailDataBaseItemsShape, detail_brand_items: SearchOrderDetailDataBrandItemsShape, detail_service_items: SearchOrderDetailDataServiceItemsShape, final_status: 0, gmtmodified: 0, keyword_gmt_modified: 0, online_time: 0, operator_type: 0, order_id: 0, partner_type: 0, reject_node: 0, reject_reason: 0, scene_code: 0, scene_name: 0, service_code: 0, service_name: 0, status: 0, sub_service_code: 0, template_id: 0, template_name: 0 });

/**
 * `SearchOrderDetailDataBaseItems`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: SearchOrderDetailDataBaseItems = { can_search: '…', desc: '…' };
 * ```
 */
export interface SearchOrderDetailDataBaseItems {
  can_search?: string;
  desc?: string;
  img?: string;
  key_word?: string;
  name?: string;
  region?: string;
  serv_can_search?: string;
  serv_search_keywords?: string;
  template_id?: string;
  url?: string;
}
const SearchOrderDetailDataBaseItemsShape = (): object => ({ can_search: 0, desc: 0, img: 0, key_word: 0, name: 0, region: 0, serv_can_search: 0, serv_search_keywords: 0, template_id: 0, url: 0 });

/**
 * `SearchOrderDetailDataBrandItems`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: SearchOrderDetailDataBrandItems = { biz_id: '…', box_status: '…' };
 * ```
 */
export interface SearchOrderDetailDataBrandItems {
  biz_id?: string;
  box_status?: string;
  brand_box_keywords?: string;
  brand_detail_list?: SearchOrderBrandDetail[];
  brand_template_id?: string;
  channel?: string;
  merchant_type?: string;
  template_id?: string;
}
const SearchOrderDetailDataBrandItemsShape = (): object => ({ biz_id: 0, box_status: 0, brand_box_keywords: 0, brand_detail_list: [SearchOrderBrandDetailShape], brand_template_id: 0, channel: 0, merchant_type: 0, template_id: 0 });

/**
 * `SearchOrderDetailDataServiceItems`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: SearchOrderDetailDataServiceItems = { area_codes: '…', carrier_code: '…' };
 * ```
 */
export interface SearchOrderDetailDataServiceItems {
  area_codes?: string;
  carrier_code?: string;
  carrier_list?: string;
  category_attribute_value?: string;
  category_code?: string;
  category_ids?: string;
  channel_type?: string;
  desc?: string;
  img?: string;
  key_word?: string;
  key_word_list?: string;
  logo?: string;
  name?: string;
  parent_service_code?: string;
  region?: string;
  serv_search_catalogs?: string;
  serv_search_keywords?: string;
  service_code?: string;
  service_name?: string;
  service_time_end?: string;
  service_time_start?: string;
  short_desc?: string;
  spec_code?: string;
  template_id?: string;
}
const SearchOrderDetailDataServiceItemsShape = (): object => ({ area_codes: 0, carrier_code: 0, carrier_list: 0, category_attribute_value: 0, category_code: 0, category_ids: 0, channel_type: 0, desc: 0, img: 0, key_word: 0, key_word_list: 0, logo: 0, name: 0, parent_service_code: 0, region: 0, serv_search_catalogs: 0, serv_search_keywords: 0, service_code: 0, service_name: 0, service_time_end: 0, service_time_start: 0, short_desc: 0, spec_code: 0, template_id: 0 });

/**
 * `SearchOrderRequest`, a model of Alipay's v3 description (in `alipay.open.search.orderdetail.query`).
 *
 * @example
 * ```ts
 * const value: SearchOrderRequest = { apply_id: '…', apply_type: '…' };
 * ```
 */
export interface SearchOrderRequest {
  apply_id?: string;
  apply_type?: string;
  brand_template_id?: string;
  service_code?: string;
  spec_code?: string;
}
const SearchOrderRequestShape = (): object => ({ apply_id: 0, apply_type: 0, brand_template_id: 0, service_code: 0, spec_code: 0 });

/**
 * `alipay.open.search.orderdetail.query`: POST /v3/alipay/open/search/orderdetail/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchOrderdetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchOrderdetailQuery, { biz_type: '…', opt_type: '…' });
 * ```
 */
export const alipayOpenSearchOrderdetailQuery: ApiDefinition<"alipay.open.search.orderdetail.query", AlipayOpenSearchOrderdetailQueryRequest, AlipayOpenSearchOrderdetailQueryResult, AlipayOpenSearchOrderdetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.orderdetail.query",
  'POST',
  () => ({ biz_data: SearchOrderRequestShape, biz_type: 0, opt_type: 0 }),
  () => ({ data: SearchOrderDetailDataShape }),
);
