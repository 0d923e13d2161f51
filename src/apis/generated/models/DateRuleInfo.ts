// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DateRangeInfo, DateRangeInfoShape } from './DateRangeInfo.ts';
import { type TimeRangeInfo, TimeRangeInfoShape } from './TimeRangeInfo.ts';

/**
 * `DateRuleInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: DateRuleInfo = {};
 * ```
 */
export interface DateRuleInfo {
  date_range_info?: DateRangeInfo;
  time_range_info?: TimeRangeInfo;
}
export const DateRuleInfoShape = (): object => ({ date_range_info: DateRangeInfoShape, time_range_info: TimeRangeInfoShape });
