// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherRechargeInfo, VoucherRechargeInfoShape } from './VoucherRechargeInfo.ts';

/**
 * `VoucherBudgetSupplyInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherBudgetSupplyInfo = { budget_type: '…' };
 * ```
 */
export interface VoucherBudgetSupplyInfo {
  budget_type?: string;
  voucher_recharge_info?: VoucherRechargeInfo;
}
export const VoucherBudgetSupplyInfoShape = (): object => ({ budget_type: 0, voucher_recharge_info: VoucherRechargeInfoShape });
