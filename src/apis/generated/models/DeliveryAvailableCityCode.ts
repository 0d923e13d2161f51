// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryAvailableCityCode`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryAvailableCityCode = { all_city: true };
 * ```
 */
export interface DeliveryAvailableCityCode {
  all_city?: boolean;
  city_codes?: string[];
}
export const DeliveryAvailableCityCodeShape = (): object => ({ all_city: 2, city_codes: [0] });
