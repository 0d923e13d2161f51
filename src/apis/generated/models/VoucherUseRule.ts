// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type DiscountVoucher, DiscountVoucherShape } from './DiscountVoucher.ts';
import { type ExchangeVoucher, ExchangeVoucherShape } from './ExchangeVoucher.ts';
import { type FixVoucher, FixVoucherShape } from './FixVoucher.ts';
import { type SpecialVoucher, SpecialVoucherShape } from './SpecialVoucher.ts';
import { type VoucherAvailableScope, VoucherAvailableScopeShape } from './VoucherAvailableScope.ts';
import { type VoucherValidPeriod, VoucherValidPeriodShape } from './VoucherValidPeriod.ts';

/**
 * `VoucherUseRule`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query`).
 *
 * @example
 * ```ts
 * const value: VoucherUseRule = {};
 * ```
 */
export interface VoucherUseRule {
  discount_voucher?: DiscountVoucher;
  exchange_voucher?: ExchangeVoucher;
  fix_voucher?: FixVoucher;
  special_voucher?: SpecialVoucher;
  voucher_available_scope?: VoucherAvailableScope;
  voucher_valid_period?: VoucherValidPeriod;
}
export const VoucherUseRuleShape = (): object => ({ discount_voucher: DiscountVoucherShape, exchange_voucher: ExchangeVoucherShape, fix_voucher: FixVoucherShape, special_voucher: SpecialVoucherShape, voucher_available_scope: VoucherAvailableScopeShape, voucher_valid_period: VoucherValidPeriodShape });
