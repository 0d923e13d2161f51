// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherBalanceRechargeInfo, VoucherBalanceRechargeInfoShape } from './VoucherBalanceRechargeInfo.ts';

/**
 * `VoucherRechargeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherRechargeInfo = { recharge_type: '…' };
 * ```
 */
export interface VoucherRechargeInfo {
  recharge_type?: string;
  voucher_balance_recharge_info?: VoucherBalanceRechargeInfo;
}
export const VoucherRechargeInfoShape = (): object => ({ recharge_type: 0, voucher_balance_recharge_info: VoucherBalanceRechargeInfoShape });
