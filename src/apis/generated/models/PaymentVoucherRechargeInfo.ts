// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type PaymentVoucherAlipayBalanceRechargeInfo, PaymentVoucherAlipayBalanceRechargeInfoShape } from './PaymentVoucherAlipayBalanceRechargeInfo.ts';

/**
 * `PaymentVoucherRechargeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherRechargeInfo = { recharge_type: '…' };
 * ```
 */
export interface PaymentVoucherRechargeInfo {
  alipay_balance_recharge_info?: PaymentVoucherAlipayBalanceRechargeInfo;
  recharge_type?: string;
}
export const PaymentVoucherRechargeInfoShape = (): object => ({ alipay_balance_recharge_info: PaymentVoucherAlipayBalanceRechargeInfoShape, recharge_type: 0 });
