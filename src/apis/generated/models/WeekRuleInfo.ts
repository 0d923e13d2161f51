// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type TimeRangeInfo, TimeRangeInfoShape } from './TimeRangeInfo.ts';

/**
 * `WeekRuleInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: WeekRuleInfo = { week_day: '…' };
 * ```
 */
export interface WeekRuleInfo {
  time_range_info?: TimeRangeInfo;
  week_day?: string;
}
export const WeekRuleInfoShape = (): object => ({ time_range_info: TimeRangeInfoShape, week_day: 0 });
