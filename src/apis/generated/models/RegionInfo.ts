// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RegionInfo`, a model of Alipay's v3 description (in `alipay.open.mini.version.audit.apply`, `alipay.open.mini.version.detail.query`).
 *
 * @example
 * ```ts
 * const value: RegionInfo = { area_code: '…', area_name: '…' };
 * ```
 */
export interface RegionInfo {
  area_code?: string;
  area_name?: string;
  city_code?: string;
  city_name?: string;
  province_code?: string;
  province_name?: string;
}
export const RegionInfoShape = (): object => ({ area_code: 0, area_name: 0, city_code: 0, city_name: 0, province_code: 0, province_name: 0 });
