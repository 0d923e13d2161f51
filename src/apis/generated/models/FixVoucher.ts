// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `FixVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: FixVoucher = { amount: '…', floor_amount: '…' };
 * ```
 */
export interface FixVoucher {
  amount?: string;
  floor_amount?: string;
  goods_name?: string;
}
export const FixVoucherShape = (): object => ({ amount: 0, floor_amount: 0, goods_name: 0 });
