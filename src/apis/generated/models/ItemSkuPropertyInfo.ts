// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ItemSkuPropertyInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.batchquery`, `ant.merchant.expand.item.open.create`, `ant.merchant.expand.item.open.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: ItemSkuPropertyInfo = { property_key: '…', property_value: '…' };
 * ```
 */
export interface ItemSkuPropertyInfo {
  property_key?: string;
  property_value?: string;
}
export const ItemSkuPropertyInfoShape = (): object => ({ property_key: 0, property_value: 0 });
