// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryDisplayInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryDisplayInfo = { main_title: '…', sub_title: '…' };
 * ```
 */
export interface DeliveryDisplayInfo {
  main_title?: string;
  sub_title?: string;
}
export const DeliveryDisplayInfoShape = (): object => ({ main_title: 0, sub_title: 0 });
