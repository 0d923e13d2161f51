// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryTemplateRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryTemplateRule = { template_id: '…' };
 * ```
 */
export interface DeliveryTemplateRule {
  template_id?: string;
}
export const DeliveryTemplateRuleShape = (): object => ({ template_id: 0 });
