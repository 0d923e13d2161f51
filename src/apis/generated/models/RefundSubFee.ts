// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `RefundSubFee`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`, `alipay.trade.refund`).
 *
 * @example
 * ```ts
 * const value: RefundSubFee = { refund_charge_fee: '…', switch_fee_rate: '…' };
 * ```
 */
export interface RefundSubFee {
  refund_charge_fee?: string;
  switch_fee_rate?: string;
}
export const RefundSubFeeShape = (): object => ({ refund_charge_fee: 0, switch_fee_rate: 0 });
