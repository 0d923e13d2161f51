// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherPackageModeInfo, VoucherPackageModeInfoShape } from './VoucherPackageModeInfo.ts';
import { type VoucherSaleModeInfo, VoucherSaleModeInfoShape } from './VoucherSaleModeInfo.ts';
import { type VoucherSendRuleInfo, VoucherSendRuleInfoShape } from './VoucherSendRuleInfo.ts';

/**
 * `VoucherSendModeInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 8 more).
 *
 * @example
 * ```ts
 * const value: VoucherSendModeInfo = { voucher_send_mode: '…' };
 * ```
 */
export interface VoucherSendModeInfo {
  delivery_channel_list?: string[];
  voucher_package_mode_info?: VoucherPackageModeInfo;
  voucher_sale_mode_info?: VoucherSaleModeInfo;
  voucher_send_mode?: string;
  voucher_send_rule_info?: VoucherSendRuleInfo;
}
export const VoucherSendModeInfoShape = (): object => ({ delivery_channel_list: [0], voucher_package_mode_info: VoucherPackageModeInfoShape, voucher_sale_mode_info: VoucherSaleModeInfoShape, voucher_send_mode: 0, voucher_send_rule_info: VoucherSendRuleInfoShape });
