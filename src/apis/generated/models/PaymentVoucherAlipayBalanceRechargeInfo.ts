// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `PaymentVoucherAlipayBalanceRechargeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherAlipayBalanceRechargeInfo = { logon_id: '…', user_id: '…' };
 * ```
 */
export interface PaymentVoucherAlipayBalanceRechargeInfo {
  logon_id?: string;
  user_id?: string;
}
export const PaymentVoucherAlipayBalanceRechargeInfoShape = (): object => ({ logon_id: 0, user_id: 0 });
