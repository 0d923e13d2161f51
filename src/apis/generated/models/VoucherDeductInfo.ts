// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type CustomerDefineVoucherInfo, CustomerDefineVoucherInfoShape } from './CustomerDefineVoucherInfo.ts';
import { type DiscountVoucherInfo, DiscountVoucherInfoShape } from './DiscountVoucherInfo.ts';
import { type ExchangeVoucherInfo, ExchangeVoucherInfoShape } from './ExchangeVoucherInfo.ts';
import { type FixVoucherInfo, FixVoucherInfoShape } from './FixVoucherInfo.ts';
import { type SpecialVoucherInfo, SpecialVoucherInfoShape } from './SpecialVoucherInfo.ts';

/**
 * `VoucherDeductInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherDeductInfo = { voucher_type: '…' };
 * ```
 */
export interface VoucherDeductInfo {
  customer_define_voucher_info?: CustomerDefineVoucherInfo;
  discount_voucher_info?: DiscountVoucherInfo;
  exchange_voucher_info?: ExchangeVoucherInfo;
  fix_voucher_info?: FixVoucherInfo;
  special_voucher_info?: SpecialVoucherInfo;
  voucher_type?: string;
}
export const VoucherDeductInfoShape = (): object => ({ customer_define_voucher_info: CustomerDefineVoucherInfoShape, discount_voucher_info: DiscountVoucherInfoShape, exchange_voucher_info: ExchangeVoucherInfoShape, fix_voucher_info: FixVoucherInfoShape, special_voucher_info: SpecialVoucherInfoShape, voucher_type: 0 });
