// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `SubFee`, a model of Alipay's v3 description (in `alipay.trade.pay`, `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: SubFee = { charge_fee: '…', original_charge_fee: '…' };
 * ```
 */
export interface SubFee {
  charge_fee?: string;
  original_charge_fee?: string;
  switch_fee_rate?: string;
}
export const SubFeeShape = (): object => ({ charge_fee: 0, original_charge_fee: 0, switch_fee_rate: 0 });
