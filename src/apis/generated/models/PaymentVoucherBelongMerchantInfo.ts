// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaymentVoucherBelongMerchantInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherBelongMerchantInfo = { merchant_id: '…', merchant_id_type: '…' };
 * ```
 */
export interface PaymentVoucherBelongMerchantInfo {
  merchant_id?: string;
  merchant_id_type?: string;
}
export const PaymentVoucherBelongMerchantInfoShape = (): object => ({ merchant_id: 0, merchant_id_type: 0 });
