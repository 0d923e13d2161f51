// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherAvailableGeographyCityInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherAvailableGeographyCityInfo = { all_city: true };
 * ```
 */
export interface VoucherAvailableGeographyCityInfo {
  all_city?: boolean;
  available_city_codes?: string[];
}
export const VoucherAvailableGeographyCityInfoShape = (): object => ({ all_city: 2, available_city_codes: [0] });
