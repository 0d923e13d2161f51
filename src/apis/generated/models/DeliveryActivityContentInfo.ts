// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryActivityContentInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryActivityContentInfo = { activity_id: '…' };
 * ```
 */
export interface DeliveryActivityContentInfo {
  activity_id?: string;
}
export const DeliveryActivityContentInfoShape = (): object => ({ activity_id: 0 });
