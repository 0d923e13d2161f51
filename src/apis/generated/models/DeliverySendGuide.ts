// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliverySendGuide`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliverySendGuide = { delivery_guide_url: '…' };
 * ```
 */
export interface DeliverySendGuide {
  delivery_guide_url?: string;
}
export const DeliverySendGuideShape = (): object => ({ delivery_guide_url: 0 });
