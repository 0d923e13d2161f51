// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BelongMerchantInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 9 more).
 *
 * @example
 * ```ts
 * const value: BelongMerchantInfo = { business_type: '…', merchant_id: '…' };
 * ```
 */
export interface BelongMerchantInfo {
  business_type?: string;
  merchant_id?: string;
  merchant_id_type?: string;
}
export const BelongMerchantInfoShape = (): object => ({ business_type: 0, merchant_id: 0, merchant_id_type: 0 });
