// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherUseTimeInfo, VoucherUseTimeInfoShape } from './VoucherUseTimeInfo.ts';

/**
 * `VoucherUseRuleInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherUseRuleInfo = { quantity_limit_per_user: 1, quantity_limit_per_user_period_type: '…' };
 * ```
 */
export interface VoucherUseRuleInfo {
  payment_restriction_list?: string[];
  quantity_limit_per_user?: number;
  quantity_limit_per_user_period_type?: string;
  voucher_max_use_times?: number;
  voucher_use_ext_info?: string;
  voucher_use_time_info?: VoucherUseTimeInfo;
}
export const VoucherUseRuleInfoShape = (): object => ({ payment_restriction_list: [0], quantity_limit_per_user: 1, quantity_limit_per_user_period_type: 0, voucher_max_use_times: 1, voucher_use_ext_info: 0, voucher_use_time_info: VoucherUseTimeInfoShape });
