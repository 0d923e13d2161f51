// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherAbsolutePeriodInfo, VoucherAbsolutePeriodInfoShape } from './VoucherAbsolutePeriodInfo.ts';
import { type VoucherRelativePeriodInfo, VoucherRelativePeriodInfoShape } from './VoucherRelativePeriodInfo.ts';

/**
 * `VoucherUseTimeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherUseTimeInfo = { period_type: '…' };
 * ```
 */
export interface VoucherUseTimeInfo {
  absolute_period_info?: VoucherAbsolutePeriodInfo;
  period_type?: string;
  relative_period_info?: VoucherRelativePeriodInfo;
}
export const VoucherUseTimeInfoShape = (): object => ({ absolute_period_info: VoucherAbsolutePeriodInfoShape, period_type: 0, relative_period_info: VoucherRelativePeriodInfoShape });
