// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OrderVoucherAvailableCityCode`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: OrderVoucherAvailableCityCode = { all_city: true };
 * ```
 */
export interface OrderVoucherAvailableCityCode {
  all_city?: boolean;
  city_codes?: string[];
}
export const OrderVoucherAvailableCityCodeShape = (): object => ({ all_city: 2, city_codes: [0] });
