// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `AddressInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.consult`, `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify` and 2 more).
 *
 * @example
 * ```ts
 * const value: AddressInfo = { address: '…', city_code: '…' };
 * ```
 */
export interface AddressInfo {
  address?: string;
  city_code?: string;
  district_code?: string;
  latitude?: string;
  longitude?: string;
  poiid?: string;
  province_code?: string;
  type?: string;
}
export const AddressInfoShape = (): object => ({ address: 0, city_code: 0, district_code: 0, latitude: 0, longitude: 0, poiid: 0, province_code: 0, type: 0 });
