// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryCityCodeRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryCityCodeRule = { all_city: true };
 * ```
 */
export interface DeliveryCityCodeRule {
  all_city?: boolean;
  city_codes?: string[];
}
export const DeliveryCityCodeRuleShape = (): object => ({ all_city: 2, city_codes: [0] });
