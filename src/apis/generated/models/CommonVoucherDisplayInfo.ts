// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `CommonVoucherDisplayInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.query`, `alipay.marketing.activity.user.queryvoucher`).
 *
 * @example
 * ```ts
 * const value: CommonVoucherDisplayInfo = { brand_logo: '…', brand_name: '…' };
 * ```
 */
export interface CommonVoucherDisplayInfo {
  brand_logo?: string;
  brand_name?: string;
  voucher_description?: string;
  voucher_detail_images?: string[];
  voucher_image?: string;
}
export const CommonVoucherDisplayInfoShape = (): object => ({ brand_logo: 0, brand_name: 0, voucher_description: 0, voucher_detail_images: [0], voucher_image: 0 });
