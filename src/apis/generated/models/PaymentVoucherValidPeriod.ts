// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaymentVoucherValidPeriod`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherValidPeriod = { type: '…', valid_begin_time: '…' };
 * ```
 */
export interface PaymentVoucherValidPeriod {
  type?: string;
  valid_begin_time?: string;
  valid_days_after_receive?: number;
  valid_end_time?: string;
  wait_days_after_receive?: number;
}
export const PaymentVoucherValidPeriodShape = (): object => ({ type: 0, valid_begin_time: 0, valid_days_after_receive: 1, valid_end_time: 0, wait_days_after_receive: 1 });
