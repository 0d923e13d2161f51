// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type AddressInfo, AddressInfoShape } from '../models/AddressInfo.ts';
import { type ComplexBusinessTime, ComplexBusinessTimeShape } from '../models/ComplexBusinessTime.ts';
import { type ShopBusinessTime, ShopBusinessTimeShape } from '../models/ShopBusinessTime.ts';

/**
 * The request of `ant.merchant.expand.shop.page.query` (GET /v3/ant/merchant/shop/pagequery: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandShopPageQueryRequest = { ip_role_id: "2088301155943087", page_num: 1 };
 * ```
 */
export interface AntMerchantExpandShopPageQueryRequest {
  /** A query parameter (v3). */
  ip_role_id?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  address_version?: string;
  /** A query parameter (v3). */
  province_code?: string;
  /** A query parameter (v3). */
  city_code?: string;
  /** A query parameter (v3). */
  district_code?: string;
}

/**
 * The result of `ant.merchant.expand.shop.page.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandShopPageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AntMerchantExpandShopPageQueryResult {
  alipay_poiid?: string;
  shop_infos?: ShopQueryOpenApiVO[];
  total_pages?: number;
}

/**
 * The error codes of `ant.merchant.expand.shop.page.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandShopPageQueryErrorCode = "MER_ARGUMENT_NULL";
 * ```
 */
export type AntMerchantExpandShopPageQueryErrorCode = "MER_ARGUMENT_NULL" | "NOT_ALLOWED_SETTLE" | "MERCHANT_NOT_EXIST" | "SYSTEM_ERROR" | "ADDRESS_VERSION_CODE_ILLEGAL";

/**
 * `ShopQueryOpenApiVO`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.page.query`).
 *
 * @example
 * ```ts
 * const value: ShopQueryOpenApiVO = { contact_mobile: '…', contact_phone: '…' };
 * ```
 */
export interface ShopQueryOpenApiVO {
  business_address?: AddressInfo;
  business_time?: ShopBusinessTime[];
  contact_mobile?: string;
  contact_phone?: string;
  new_business_time?: ComplexBusinessTime[];
  new_shop_category?: string;
  shop_category?: string;
  shop_id?: string;
  shop_info_status?: string;
  shop_name?: string;
  shop_status?: string;
  shop_type?: string;
  store_id?: string;
}
const ShopQueryOpenApiVOShape = (): object => ({ business_address: AddressInfoShape, business_time: [ShopBusinessTimeShape], contact_mobile: 0, contact_phone: 0, new_business_time: [ComplexBusinessTimeShape], new_shop_category: 0, shop_category: 0, shop_id: 0, shop_info_status: 0, shop_name: 0, shop_status: 0, shop_type: 0, store_id: 0 });

/**
 * `ant.merchant.expand.shop.page.query`: GET /v3/ant/merchant/shop/pagequery over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandShopPageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandShopPageQuery, { ip_role_id: "2088301155943087", page_num: 1 });
 * ```
 */
export const antMerchantExpandShopPageQuery: ApiDefinition<"ant.merchant.expand.shop.page.query", AntMerchantExpandShopPageQueryRequest, AntMerchantExpandShopPageQueryResult, AntMerchantExpandShopPageQueryErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.shop.page.query",
  { verb: 'GET', path: "/v3/ant/merchant/shop/pagequery", query: ["ip_role_id", "page_num", "page_size", "address_version", "province_code", "city_code", "district_code"] },
  () => ({ ip_role_id: 0, page_num: 1, page_size: 1, address_version: 0, province_code: 0, city_code: 0, district_code: 0 }),
  () => ({ alipay_poiid: 0, shop_infos: [ShopQueryOpenApiVOShape], total_pages: 1 }),
);
