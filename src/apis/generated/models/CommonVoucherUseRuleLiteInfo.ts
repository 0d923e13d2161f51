// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ActivityDiscountVoucher, ActivityDiscountVoucherShape } from './ActivityDiscountVoucher.ts';
import { type ActivityExchangeVoucher, ActivityExchangeVoucherShape } from './ActivityExchangeVoucher.ts';
import { type ActivityFixVoucher, ActivityFixVoucherShape } from './ActivityFixVoucher.ts';
import { type ActivitySpecialVoucher, ActivitySpecialVoucherShape } from './ActivitySpecialVoucher.ts';

/**
 * `CommonVoucherUseRuleLiteInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.user.batchqueryvoucher`).
 *
 * @example
 * ```ts
 * const value: CommonVoucherUseRuleLiteInfo = {};
 * ```
 */
export interface CommonVoucherUseRuleLiteInfo {
  discount_voucher?: ActivityDiscountVoucher;
  exchange_voucher?: ActivityExchangeVoucher;
  fix_voucher?: ActivityFixVoucher;
  special_voucher?: ActivitySpecialVoucher;
}
export const CommonVoucherUseRuleLiteInfoShape = (): object => ({ discount_voucher: ActivityDiscountVoucherShape, exchange_voucher: ActivityExchangeVoucherShape, fix_voucher: ActivityFixVoucherShape, special_voucher: ActivitySpecialVoucherShape });
