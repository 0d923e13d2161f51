// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TradeFundBill`, a model of Alipay's v3 description (in `alipay.trade.fastpay.refund.query`, `alipay.trade.pay`, `alipay.trade.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: TradeFundBill = { amount: '…', bank_code: '…' };
 * ```
 */
export interface TradeFundBill {
  amount?: string;
  bank_code?: string;
  fund_channel?: string;
  fund_type?: string;
  real_amount?: string;
}
export const TradeFundBillShape = (): object => ({ amount: 0, bank_code: 0, fund_channel: 0, fund_type: 0, real_amount: 0 });
