// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `GoodsInfoIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.create`, `alipay.commerce.logistics.order.instantdelivery.precreate`, `alipay.commerce.logistics.order.istdretry.create`).
 *
 * @example
 * ```ts
 * const value: GoodsInfoIstd = { delivery_info: '…', first_class: '…' };
 * ```
 */
export interface GoodsInfoIstd {
  delivery_info?: string;
  first_class?: string;
  height?: number;
  length?: number;
  pickup_info?: string;
  price?: string;
  second_class?: string;
  weight?: string;
  width?: number;
}
export const GoodsInfoIstdShape = (): object => ({ delivery_info: 0, first_class: 0, height: 1, length: 1, pickup_info: 0, price: 0, second_class: 0, weight: 0, width: 1 });
