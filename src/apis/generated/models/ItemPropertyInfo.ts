// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ItemPropertyInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.open.batchquery`, `ant.merchant.expand.item.open.create`, `ant.merchant.expand.item.open.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: ItemPropertyInfo = { property_key: '…' };
 * ```
 */
export interface ItemPropertyInfo {
  property_key?: string;
  property_value_list?: string[];
}
export const ItemPropertyInfoShape = (): object => ({ property_key: 0, property_value_list: [0] });
