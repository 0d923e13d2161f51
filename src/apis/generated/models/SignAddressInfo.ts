// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SignAddressInfo`, a model of Alipay's v3 description (in `alipay.open.agent.facetoface.sign`, `alipay.open.agent.offlinepayment.sign`).
 *
 * @example
 * ```ts
 * const value: SignAddressInfo = { city_code: '…', country_code: '…' };
 * ```
 */
export interface SignAddressInfo {
  city_code?: string;
  country_code?: string;
  detail_address?: string;
  district_code?: string;
  latitude?: string;
  longitude?: string;
  province_code?: string;
}
export const SignAddressInfoShape = (): object => ({ city_code: 0, country_code: 0, detail_address: 0, district_code: 0, latitude: 0, longitude: 0, province_code: 0 });
