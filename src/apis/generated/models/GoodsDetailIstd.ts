// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `GoodsDetailIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.create`, `alipay.commerce.logistics.order.instantdelivery.precreate`, `alipay.commerce.logistics.order.istdretry.create`).
 *
 * @example
 * ```ts
 * const value: GoodsDetailIstd = { count: 1, name: '…' };
 * ```
 */
export interface GoodsDetailIstd {
  count?: number;
  name?: string;
  price?: string;
  unit?: string;
}
export const GoodsDetailIstdShape = (): object => ({ count: 1, name: 0, price: 0, unit: 0 });
