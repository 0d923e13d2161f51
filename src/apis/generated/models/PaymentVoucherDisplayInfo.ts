// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaymentVoucherDisplayInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherDisplayInfo = { brand_name: '…', customer_service_mobile: '…' };
 * ```
 */
export interface PaymentVoucherDisplayInfo {
  brand_name?: string;
  customer_service_mobile?: string;
  voucher_description?: string;
  voucher_detail_images?: string[];
  voucher_image?: string;
}
export const PaymentVoucherDisplayInfoShape = (): object => ({ brand_name: 0, customer_service_mobile: 0, voucher_description: 0, voucher_detail_images: [0], voucher_image: 0 });
