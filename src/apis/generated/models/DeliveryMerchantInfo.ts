// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryMerchantInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`).
 *
 * @example
 * ```ts
 * const value: DeliveryMerchantInfo = { merchant_id: '…', merchant_id_type: '…' };
 * ```
 */
export interface DeliveryMerchantInfo {
  merchant_id?: string;
  merchant_id_type?: string;
}
export const DeliveryMerchantInfoShape = (): object => ({ merchant_id: 0, merchant_id_type: 0 });
