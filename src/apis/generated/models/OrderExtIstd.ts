// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OrderExtIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.create`, `alipay.commerce.logistics.order.istdretry.create`).
 *
 * @example
 * ```ts
 * const value: OrderExtIstd = { cash_on_delivery: '…', cash_on_pickup: '…' };
 * ```
 */
export interface OrderExtIstd {
  cash_on_delivery?: string;
  cash_on_pickup?: string;
  consumer_order_time?: string;
  delivery_direction?: number;
  delivery_type?: number;
  desc?: string;
  expected_delivery_time?: string;
  expected_finish_time?: string;
  expected_pick_time?: string;
  insure_price?: string;
  is_direct_delivery?: number;
  is_finish_code_needed?: number;
  is_insured?: number;
  is_pickup_code_needed?: number;
  poi_seq?: string;
  service_code?: string;
}
export const OrderExtIstdShape = (): object => ({ cash_on_delivery: 0, cash_on_pickup: 0, consumer_order_time: 0, delivery_direction: 1, delivery_type: 1, desc: 0, expected_delivery_time: 0, expected_finish_time: 0, expected_pick_time: 0, insure_price: 0, is_direct_delivery: 1, is_finish_code_needed: 1, is_insured: 1, is_pickup_code_needed: 1, poi_seq: 0, service_code: 0 });
