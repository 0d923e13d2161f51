// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type TimeRangeInfo, TimeRangeInfoShape } from './TimeRangeInfo.ts';

/**
 * `HolidayRuleInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: HolidayRuleInfo = {};
 * ```
 */
export interface HolidayRuleInfo {
  time_range_info?: TimeRangeInfo;
}
export const HolidayRuleInfoShape = (): object => ({ time_range_info: TimeRangeInfoShape });
