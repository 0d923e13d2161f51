// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryConfig`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`, `alipay.marketing.activity.delivery.stop`).
 *
 * @example
 * ```ts
 * const value: DeliveryConfig = { activity_id: '…', booth_code: '…' };
 * ```
 */
export interface DeliveryConfig {
  activity_id?: string;
  booth_code?: string;
  channel?: string;
}
export const DeliveryConfigShape = (): object => ({ activity_id: 0, booth_code: 0, channel: 0 });
