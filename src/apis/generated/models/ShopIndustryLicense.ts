// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ShopIndustryLicense`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify`, `ant.merchant.expand.shop.query`).
 *
 * @example
 * ```ts
 * const value: ShopIndustryLicense = { license_pic: '…', license_type: '…' };
 * ```
 */
export interface ShopIndustryLicense {
  license_pic?: string;
  license_type?: string;
}
export const ShopIndustryLicenseShape = (): object => ({ license_pic: 0, license_type: 0 });
