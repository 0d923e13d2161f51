// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryItemContentInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryItemContentInfo = { item_id: '…', item_type: '…' };
 * ```
 */
export interface DeliveryItemContentInfo {
  item_id?: string;
  item_type?: string;
}
export const DeliveryItemContentInfoShape = (): object => ({ item_id: 0, item_type: 0 });
