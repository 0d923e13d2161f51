// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherSendGuide`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherSendGuide = { voucher_detail_url: '…' };
 * ```
 */
export interface VoucherSendGuide {
  voucher_detail_url?: string;
}
export const VoucherSendGuideShape = (): object => ({ voucher_detail_url: 0 });
