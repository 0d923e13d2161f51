// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type TimeRestrictInfo, TimeRestrictInfoShape } from './TimeRestrictInfo.ts';

/**
 * `VoucherRelativePeriodInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherRelativePeriodInfo = { valid_days_after_receive: 1, wait_days_after_receive: 1 };
 * ```
 */
export interface VoucherRelativePeriodInfo {
  time_restrict_info?: TimeRestrictInfo;
  valid_days_after_receive?: number;
  wait_days_after_receive?: number;
}
export const VoucherRelativePeriodInfoShape = (): object => ({ time_restrict_info: TimeRestrictInfoShape, valid_days_after_receive: 1, wait_days_after_receive: 1 });
