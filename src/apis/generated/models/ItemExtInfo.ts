// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ItemExtInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.item.create`, `ant.merchant.expand.item.modify`, `ant.merchant.expand.item.open.batchquery` and 4 more).
 *
 * @example
 * ```ts
 * const value: ItemExtInfo = { ext_key: '…', ext_value: '…' };
 * ```
 */
export interface ItemExtInfo {
  ext_key?: string;
  ext_value?: string;
}
export const ItemExtInfoShape = (): object => ({ ext_key: 0, ext_value: 0 });
