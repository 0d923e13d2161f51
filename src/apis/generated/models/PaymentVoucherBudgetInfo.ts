// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type PaymentVoucherRechargeInfo, PaymentVoucherRechargeInfoShape } from './PaymentVoucherRechargeInfo.ts';

/**
 * `PaymentVoucherBudgetInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucher.create`, `alipay.marketing.activity.voucher.query`).
 *
 * @example
 * ```ts
 * const value: PaymentVoucherBudgetInfo = { amount: '…', budget_type: '…' };
 * ```
 */
export interface PaymentVoucherBudgetInfo {
  amount?: string;
  budget_type?: string;
  recharge_info?: PaymentVoucherRechargeInfo;
}
export const PaymentVoucherBudgetInfoShape = (): object => ({ amount: 0, budget_type: 0, recharge_info: PaymentVoucherRechargeInfoShape });
