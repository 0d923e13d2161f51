// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherDeductThresholdInfo, VoucherDeductThresholdInfoShape } from './VoucherDeductThresholdInfo.ts';

/**
 * `DiscountVoucherInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: DiscountVoucherInfo = { ceiling_amount: '…', discount: '…' };
 * ```
 */
export interface DiscountVoucherInfo {
  ceiling_amount?: string;
  discount?: string;
  floor_amount?: string;
  voucher_deduct_threshold_info?: VoucherDeductThresholdInfo;
}
export const DiscountVoucherInfoShape = (): object => ({ ceiling_amount: 0, discount: 0, floor_amount: 0, voucher_deduct_threshold_info: VoucherDeductThresholdInfoShape });
