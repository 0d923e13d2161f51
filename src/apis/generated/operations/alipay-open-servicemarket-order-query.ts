// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.servicemarket.order.query` (GET /v3/alipay/open/servicemarket/order/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenServicemarketOrderQueryRequest = { commodity_order_id: "20160010200000000033400", start_page: "1" };
 * ```
 */
export interface AlipayOpenServicemarketOrderQueryRequest {
  /** A query parameter (v3). */
  commodity_order_id?: string;
  /** A query parameter (v3). */
  start_page?: string;
}

/**
 * The result of `alipay.open.servicemarket.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenServicemarketOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenServicemarketOrderQueryResult {
  auto_upgrade?: boolean;
  commodity_id?: string;
  current_page?: number;
  order_items?: OrderItem[];
  specifications?: string;
  status?: string;
  total_size?: number;
}

/**
 * The error codes of `alipay.open.servicemarket.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenServicemarketOrderQueryErrorCode = "QUERY_FAILD";
 * ```
 */
export type AlipayOpenServicemarketOrderQueryErrorCode = "QUERY_FAILD" | "NOPERMISSION_QUERY" | "SYSTEM_ERROR";

/**
 * `OrderItem`, a model of Alipay's v3 description (in `alipay.open.servicemarket.order.query`).
 *
 * @example
 * ```ts
 * const value: OrderItem = { address: '…', brand_name: '…' };
 * ```
 */
export interface OrderItem {
  address?: string;
  brand_name?: string;
  category?: string;
  city?: string;
  city_code?: string;
  commodity_id?: string;
  contacts?: string;
  creator?: string;
  expire_date?: string;
  merchant_name?: string;
  merchant_pid?: string;
  mini_app_id?: string;
  mini_app_name?: string;
  online_time?: string;
  open_id_model?: string;
  order_status?: string;
  phone_no?: string;
  province?: string;
  service_effect_date?: string;
  service_expire_date?: string;
  shop_id?: string;
  shop_name?: string;
  shop_status?: string;
  status?: string;
}
const OrderItemShape = (): object => ({ address: 0, brand_name: 0, category: 0, city: 0, city_code: 0, commodity_id: 0, contacts: 0, creator: 0, expire_date: 0, merchant_name: 0, merchant_pid: 0, mini_app_id: 0, mini_app_name: 0, online_time: 0, open_id_model: 0, order_status: 0, phone_no: 0, province: 0, service_effect_date: 0, service_expire_date: 0, shop_id: 0, shop_name: 0, shop_status: 0, status: 0 });

/**
 * `alipay.open.servicemarket.order.query`: GET /v3/alipay/open/servicemarket/order/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenServicemarketOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenServicemarketOrderQuery, { commodity_order_id: "20160010200000000033400", start_page: "1" });
 * ```
 */
export const alipayOpenServicemarketOrderQuery: ApiDefinition<"alipay.open.servicemarket.order.query", AlipayOpenServicemarketOrderQueryRequest, AlipayOpenServicemarketOrderQueryResult, AlipayOpenServicemarketOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.servicemarket.order.query",
  { verb: 'GET', query: ["commodity_order_id", "start_page"] },
  () => ({ commodity_order_id: 0, start_page: 0 }),
  () => ({ auto_upgrade: 2, commodity_id: 0, current_page: 1, order_items: [OrderItemShape], specifications: 0, status: 0, total_size: 1 }),
);
