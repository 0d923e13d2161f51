// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type EndTimeInfo, EndTimeInfoShape } from './EndTimeInfo.ts';

/**
 * `TimeRangeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: TimeRangeInfo = { begin_time: '…' };
 * ```
 */
export interface TimeRangeInfo {
  begin_time?: string;
  end_time_info?: EndTimeInfo;
}
export const TimeRangeInfoShape = (): object => ({ begin_time: 0, end_time_info: EndTimeInfoShape });
