// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DateRuleInfo, DateRuleInfoShape } from './DateRuleInfo.ts';
import { type HolidayRuleInfo, HolidayRuleInfoShape } from './HolidayRuleInfo.ts';
import { type WeekRuleInfo, WeekRuleInfoShape } from './WeekRuleInfo.ts';

/**
 * `VoucherUseTimeRuleInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherUseTimeRuleInfo = { rule_type: '…' };
 * ```
 */
export interface VoucherUseTimeRuleInfo {
  date_rule_info?: DateRuleInfo;
  holiday_rule_info?: HolidayRuleInfo;
  rule_type?: string;
  week_rule_info?: WeekRuleInfo;
}
export const VoucherUseTimeRuleInfoShape = (): object => ({ date_rule_info: DateRuleInfoShape, holiday_rule_info: HolidayRuleInfoShape, rule_type: 0, week_rule_info: WeekRuleInfoShape });
