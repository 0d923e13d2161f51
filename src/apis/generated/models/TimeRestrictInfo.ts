// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherUseTimeRuleInfo, VoucherUseTimeRuleInfoShape } from './VoucherUseTimeRuleInfo.ts';

/**
 * `TimeRestrictInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: TimeRestrictInfo = {};
 * ```
 */
export interface TimeRestrictInfo {
  disable_period_info?: VoucherUseTimeRuleInfo[];
  usable_period_info?: VoucherUseTimeRuleInfo[];
}
export const TimeRestrictInfoShape = (): object => ({ disable_period_info: [VoucherUseTimeRuleInfoShape], usable_period_info: [VoucherUseTimeRuleInfoShape] });
