// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DeliveryAgencyMerchantInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.delivery.create`, `alipay.marketing.activity.delivery.query`, `alipay.marketing.activity.delivery.stop` and 1 more).
 *
 * @example
 * ```ts
 * const value: DeliveryAgencyMerchantInfo = { business_type: '…', merchant_id: '…' };
 * ```
 */
export interface DeliveryAgencyMerchantInfo {
  business_type?: string;
  merchant_id?: string;
  merchant_id_type?: string;
}
export const DeliveryAgencyMerchantInfoShape = (): object => ({ business_type: 0, merchant_id: 0, merchant_id_type: 0 });
