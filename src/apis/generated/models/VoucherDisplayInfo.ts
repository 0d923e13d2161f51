// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherDisplayInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherDisplayInfo = { brand_logo: '…', brand_name: '…' };
 * ```
 */
export interface VoucherDisplayInfo {
  brand_logo?: string;
  brand_name?: string;
  customer_service_mobile?: string;
  customer_service_url?: string;
  voucher_comment?: string;
  voucher_description?: string;
  voucher_detail_images?: string[];
  voucher_image?: string;
}
export const VoucherDisplayInfoShape = (): object => ({ brand_logo: 0, brand_name: 0, customer_service_mobile: 0, customer_service_url: 0, voucher_comment: 0, voucher_description: 0, voucher_detail_images: [0], voucher_image: 0 });
