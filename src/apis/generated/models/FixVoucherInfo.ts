// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherDeductThresholdInfo, VoucherDeductThresholdInfoShape } from './VoucherDeductThresholdInfo.ts';

/**
 * `FixVoucherInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: FixVoucherInfo = { amount: '…', floor_amount: '…' };
 * ```
 */
export interface FixVoucherInfo {
  amount?: string;
  floor_amount?: string;
  voucher_deduct_threshold_info?: VoucherDeductThresholdInfo;
}
export const FixVoucherInfoShape = (): object => ({ amount: 0, floor_amount: 0, voucher_deduct_threshold_info: VoucherDeductThresholdInfoShape });
