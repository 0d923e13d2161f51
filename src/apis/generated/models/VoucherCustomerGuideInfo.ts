// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherSendGuideInfo, VoucherSendGuideInfoShape } from './VoucherSendGuideInfo.ts';
import { type VoucherUseGuideInfo, VoucherUseGuideInfoShape } from './VoucherUseGuideInfo.ts';

/**
 * `VoucherCustomerGuideInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.modify` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherCustomerGuideInfo = {};
 * ```
 */
export interface VoucherCustomerGuideInfo {
  voucher_send_guide_info?: VoucherSendGuideInfo;
  voucher_use_guide_info?: VoucherUseGuideInfo;
}
export const VoucherCustomerGuideInfoShape = (): object => ({ voucher_send_guide_info: VoucherSendGuideInfoShape, voucher_use_guide_info: VoucherUseGuideInfoShape });
