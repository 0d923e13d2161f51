// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type VoucherExpressInfo, VoucherExpressInfoShape } from './VoucherExpressInfo.ts';
import { type VoucherGoodsQuantitySpecificationInfo, VoucherGoodsQuantitySpecificationInfoShape } from './VoucherGoodsQuantitySpecificationInfo.ts';

/**
 * `VoucherDeductThresholdInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherDeductThresholdInfo = { customer_define_voucher_threshold_desc: '…' };
 * ```
 */
export interface VoucherDeductThresholdInfo {
  customer_define_voucher_threshold_desc?: string;
  voucher_express_info?: VoucherExpressInfo;
  voucher_goods_quantity_specification_info?: VoucherGoodsQuantitySpecificationInfo;
}
export const VoucherDeductThresholdInfoShape = (): object => ({ customer_define_voucher_threshold_desc: 0, voucher_express_info: VoucherExpressInfoShape, voucher_goods_quantity_specification_info: VoucherGoodsQuantitySpecificationInfoShape });
