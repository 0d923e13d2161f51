// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ActivityDiscountVoucher, ActivityDiscountVoucherShape } from './ActivityDiscountVoucher.ts';
import { type ActivityExchangeVoucher, ActivityExchangeVoucherShape } from './ActivityExchangeVoucher.ts';
import { type ActivityFixVoucher, ActivityFixVoucherShape } from './ActivityFixVoucher.ts';
import { type ActivitySpecialVoucher, ActivitySpecialVoucherShape } from './ActivitySpecialVoucher.ts';

/**
 * `CommonVoucherUseRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.query`, `alipay.marketing.activity.user.queryvoucher`).
 *
 * @example
 * ```ts
 * const value: CommonVoucherUseRule = {};
 * ```
 */
export interface CommonVoucherUseRule {
  discount_voucher?: ActivityDiscountVoucher;
  exchange_voucher?: ActivityExchangeVoucher;
  fix_voucher?: ActivityFixVoucher;
  special_voucher?: ActivitySpecialVoucher;
}
export const CommonVoucherUseRuleShape = (): object => ({ discount_voucher: ActivityDiscountVoucherShape, exchange_voucher: ActivityExchangeVoucherShape, fix_voucher: ActivityFixVoucherShape, special_voucher: ActivitySpecialVoucherShape });
