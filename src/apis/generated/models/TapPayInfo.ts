// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TapPayInfo`, a model of Alipay's v3 description (in `alipay.trade.pay`, `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: TapPayInfo = { payment_medium_type: '…', total_discount_amount: '…' };
 * ```
 */
export interface TapPayInfo {
  payment_medium_type?: string;
  total_discount_amount?: string;
  total_discount_name?: string;
}
export const TapPayInfoShape = (): object => ({ payment_medium_type: 0, total_discount_amount: 0, total_discount_name: 0 });
