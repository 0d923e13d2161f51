// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `MerchantShopIndustryInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify`, `ant.merchant.expand.shop.query`).
 *
 * @example
 * ```ts
 * const value: MerchantShopIndustryInfo = { info_code: '…' };
 * ```
 */
export interface MerchantShopIndustryInfo {
  info_code?: string;
  info_value?: string[];
}
export const MerchantShopIndustryInfoShape = (): object => ({ info_code: 0, info_value: [0] });
