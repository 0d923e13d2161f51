// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliverySearchBoxRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliverySearchBoxRule = { box_id: '…' };
 * ```
 */
export interface DeliverySearchBoxRule {
  box_id?: string;
}
export const DeliverySearchBoxRuleShape = (): object => ({ box_id: 0 });
