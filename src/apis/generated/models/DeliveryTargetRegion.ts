// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryTargetRegion`, a model of Alipay's v3 description (in `alipay.open.search.boxactivity.apply`, `alipay.open.search.boxactivity.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryTargetRegion = { region_code: '…', region_name: '…' };
 * ```
 */
export interface DeliveryTargetRegion {
  region_code?: string;
  region_name?: string;
  region_type?: string;
}
export const DeliveryTargetRegionShape = (): object => ({ region_code: 0, region_name: 0, region_type: 0 });
