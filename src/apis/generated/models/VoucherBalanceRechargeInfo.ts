// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherBalanceRechargeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherBalanceRechargeInfo = { amount: '…', logon_id: '…' };
 * ```
 */
export interface VoucherBalanceRechargeInfo {
  amount?: string;
  logon_id?: string;
  partner_id?: string;
}
export const VoucherBalanceRechargeInfoShape = (): object => ({ amount: 0, logon_id: 0, partner_id: 0 });
