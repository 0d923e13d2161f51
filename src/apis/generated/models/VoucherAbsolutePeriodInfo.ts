// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type TimeRestrictInfo, TimeRestrictInfoShape } from './TimeRestrictInfo.ts';

/**
 * `VoucherAbsolutePeriodInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherAbsolutePeriodInfo = { valid_begin_time: '…', valid_end_time: '…' };
 * ```
 */
export interface VoucherAbsolutePeriodInfo {
  time_restrict_info?: TimeRestrictInfo;
  valid_begin_time?: string;
  valid_end_time?: string;
}
export const VoucherAbsolutePeriodInfoShape = (): object => ({ time_restrict_info: TimeRestrictInfoShape, valid_begin_time: 0, valid_end_time: 0 });
