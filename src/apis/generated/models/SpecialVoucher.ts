// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SpecialVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: SpecialVoucher = { floor_amount: '…', goods_name: '…' };
 * ```
 */
export interface SpecialVoucher {
  floor_amount?: string;
  goods_name?: string;
  origin_amount?: string;
  special_amount?: string;
}
export const SpecialVoucherShape = (): object => ({ floor_amount: 0, goods_name: 0, origin_amount: 0, special_amount: 0 });
