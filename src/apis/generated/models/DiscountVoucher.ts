// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `DiscountVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: DiscountVoucher = { ceiling_amount: '…', discount: '…' };
 * ```
 */
export interface DiscountVoucher {
  ceiling_amount?: string;
  discount?: string;
  floor_amount?: string;
  goods_name?: string;
  origin_amount?: string;
}
export const DiscountVoucherShape = (): object => ({ ceiling_amount: 0, discount: 0, floor_amount: 0, goods_name: 0, origin_amount: 0 });
