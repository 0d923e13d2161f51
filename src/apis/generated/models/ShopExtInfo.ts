// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ShopExtInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.consult`, `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: ShopExtInfo = { key_name: '…', value: '…' };
 * ```
 */
export interface ShopExtInfo {
  key_name?: string;
  value?: string;
}
export const ShopExtInfoShape = (): object => ({ key_name: 0, value: 0 });
