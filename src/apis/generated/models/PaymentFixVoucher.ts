// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaymentFixVoucher`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentFixVoucher = { amount: '…', floor_amount: '…' };
 * ```
 */
export interface PaymentFixVoucher {
  amount?: string;
  floor_amount?: string;
}
export const PaymentFixVoucherShape = (): object => ({ amount: 0, floor_amount: 0 });
