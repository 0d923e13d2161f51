// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherDisplayPatternInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 7 more).
 *
 * @example
 * ```ts
 * const value: VoucherDisplayPatternInfo = { brand_logo: '…', brand_logo_url: '…' };
 * ```
 */
export interface VoucherDisplayPatternInfo {
  brand_logo?: string;
  brand_logo_url?: string;
  brand_name?: string;
  customer_service_mobile?: string;
  customer_service_url?: string;
  voucher_description?: string;
  voucher_detail_image_urls?: string[];
  voucher_detail_images?: string[];
  voucher_image?: string;
  voucher_image_url?: string;
  voucher_name?: string;
}
export const VoucherDisplayPatternInfoShape = (): object => ({ brand_logo: 0, brand_logo_url: 0, brand_name: 0, customer_service_mobile: 0, customer_service_url: 0, voucher_description: 0, voucher_detail_image_urls: [0], voucher_detail_images: [0], voucher_image: 0, voucher_image_url: 0, voucher_name: 0 });
